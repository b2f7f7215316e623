import { CommunitiesModule } from '@leerhuis/communities';
import { MembersModule } from '@leerhuis/members';
import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { CommunityHarvestResolver } from './community-harvest.resolver';
import { HARVEST_ENTITIES } from './entities/harvest-entities';
import { HarvestLoaders } from './harvest.loaders';
import { HarvestService } from './harvest.service';
import { LessonRepository } from './lesson.repository';
import { LessonResolver } from './lesson.resolver';
import { LessonSearch } from './lesson-search';
import { ReadableHarvest } from './readable-harvest';

/** API side of a CoP's harvest (oogst): outcomes and lessons, for members or the platform. */
@Module({
  imports: [DatabaseModule.forFeature(HARVEST_ENTITIES), CommunitiesModule, MembersModule],
  providers: [
    LessonRepository,
    LessonSearch,
    HarvestService,
    HarvestLoaders,
    LessonResolver,
    CommunityHarvestResolver,
    ReadableHarvest,
  ],
  exports: [LessonSearch, ReadableHarvest],
})
export class HarvestModule {}
