export { createDataSource, dataSourceOptions, type EntityList } from './data-source';
export { DatabaseModule } from './database.module';
export { hydrate } from './hydrate';
export { QueryCountingLogger } from './query-counting.logger';
