import { migrations } from '@leerhuis/migrations';
import { AppConfig } from '@leerhuis/platform-config';

import { Client } from 'pg';
import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';

import { QueryCountingLogger } from './query-counting.logger';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

/**
 * A pool connection that never crashes the process with an unhandled 'error'. When PostgreSQL
 * restarts it ends every connection; the pool and TypeORM listen for that, except in the short
 * moments a connection changes hands (checked out, not yet taken over), where the error event
 * had no listener and the whole API or worker went down. Queries still get their errors.
 */
class PoolClient extends Client {
  constructor(...args: ConstructorParameters<typeof Client>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

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
    extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000, Client: PoolClient },
  };
}

export function createDataSource(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
  entities: EntityList,
  log?: ConstructorParameters<typeof QueryCountingLogger>[0],
): DataSource {
  return new DataSource(dataSourceOptions(config, entities, log));
}
