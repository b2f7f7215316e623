import { migrations } from '@leerhuis/migrations';
import { AppConfig } from '@leerhuis/platform-config';

import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';

import { QueryCountingLogger } from './query-counting.logger';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

/** The one place that builds TypeORM options: never `synchronize`, migrations only. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
  entities: EntityList,
  log: ConstructorParameters<typeof QueryCountingLogger>[0] = () => undefined,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities,
    migrations,
    migrationsTableName: 'migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['query', 'error', 'warn'],
    maxQueryExecutionTime: 500,
    logger: new QueryCountingLogger(log),
    extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 },
  };
}

export function createDataSource(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
  entities: EntityList,
  log?: ConstructorParameters<typeof QueryCountingLogger>[0],
): DataSource {
  return new DataSource(dataSourceOptions(config, entities, log));
}
