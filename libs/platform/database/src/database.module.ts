import { AppConfig } from '@leerhuis/platform-config';

import {
  DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

import { createDataSource, EntityList } from './data-source';

// Filled while Nest scans modules (forFeature runs at import time), read when the
// DataSource is created during init: every module's entities are known by then.
const registeredEntities = new Set<EntityList extends (infer T)[] ? T : never>();

/** Provides the initialised DataSource; closes the pool when the application shuts down. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          inject: [AppConfig],
          useFactory: async (config: AppConfig) => {
            const logger = new Logger('Database');
            const dataSource = createDataSource(
              config,
              [...registeredEntities],
              (level, message, extra) => logger[level](`${message} ${JSON.stringify(extra)}`),
            );
            return dataSource.initialize();
          },
        },
      ],
      exports: [DataSource],
    };
  }

  /** A domain module declares the entities it owns. */
  static forFeature(entities: EntityList): DynamicModule {
    for (const entity of entities as unknown[]) registeredEntities.add(entity as never);
    return { module: DatabaseFeatureModule };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Module({})
class DatabaseFeatureModule {}
