export { HARVEST_ENTITIES } from './entities/harvest-entities';
export { HarvestAudience, LessonType } from './entities/lesson.entity';
export { HarvestErrorCode, HarvestException } from './harvest.exception';
export * from './harvest.events';
export { HarvestModule } from './harvest.module';
export { HarvestSource } from './entities/lesson.entity';
export {
  HarvestPublisher,
  HarvestPublisherModule,
  type PublishedLesson,
} from './harvest-publisher';
export { type LessonHit, LessonSearch } from './lesson-search';
export {
  ReadableHarvest,
  type ReadableHarvestFilter,
  type ReadableHarvestLesson,
  type ReadableHarvestScope,
} from './readable-harvest';
export { HarvestPersonalData } from './harvest-personal-data';
export { HarvestSql } from './harvest-sql';
