import { CommunitiesModule } from '@leerhuis/communities';
import { DiscussionsModule } from '@leerhuis/discussions';
import { HarvestModule } from '@leerhuis/harvest';
import { MembersModule } from '@leerhuis/members';

import { Module } from '@nestjs/common';

import { SearchRepository } from './search.repository';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** API side of the platform-wide search; each kind is searched by the lib that owns it. */
@Module({
  imports: [CommunitiesModule, DiscussionsModule, HarvestModule, MembersModule],
  providers: [SearchRepository, SearchService, SearchResolver],
})
export class SearchModule {}
