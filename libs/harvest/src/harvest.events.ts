import { defineEvent } from '@leerhuis/platform-events';

import type { HarvestAudience, LessonType } from './entities/lesson.entity';

export const lessonHarvested = defineEvent<{
  lessonId: string;
  communityId: string;
  authorId: string;
  type: LessonType;
  audience: HarvestAudience;
  contributorIds: string[];
}>('harvest.lesson-harvested');

export const lessonUpdated = defineEvent<{
  lessonId: string;
  communityId: string;
  updatedBy: string;
  audience: HarvestAudience;
  /** Contributors named for the first time by this change. */
  addedContributorIds: string[];
}>('harvest.lesson-updated');

export const lessonDeleted = defineEvent<{
  lessonId: string;
  communityId: string;
  deletedBy: string;
}>('harvest.lesson-deleted');
