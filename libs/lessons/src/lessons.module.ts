import { CommunitiesModule } from '@leerhuis/communities';
import { HarvestModule } from '@leerhuis/harvest';

import { Module } from '@nestjs/common';

import { ReadableLessonsResolver } from './readable-lessons.resolver';
import { ReadableLessonsService } from './readable-lessons.service';

/** API side of /oogst: every kind of lesson a member may read, in one list. */
@Module({
  imports: [CommunitiesModule, HarvestModule],
  providers: [ReadableLessonsService, ReadableLessonsResolver],
})
export class LessonsModule {}
