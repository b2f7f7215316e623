import { LessonEntity } from './lesson.entity';
import { LessonContributorEntity } from './lesson-contributor.entity';

/** Every table the harvest domain owns. */
export const HARVEST_ENTITIES = [LessonEntity, LessonContributorEntity];
