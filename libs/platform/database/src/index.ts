export { createDataSource, dataSourceOptions, type EntityList } from './data-source';
export { DatabaseModule } from './database.module';
export { deleteInBatches } from './delete-in-batches';
export { hydrate } from './hydrate';
export { insertAndReload } from './insert-and-reload';
export { QueryCountingLogger } from './query-counting.logger';
