import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { BoundarySpannerProfiles } from './boundary-spanner-profiles';
import { BOUNDARY_SPANNER_ENTITIES } from './entities/boundary-spanner-entities';
import { ProfileRepository } from './profile.repository';

/** Profiles for other domains, without GraphQL: the API and the worker can both import it. */
@Module({
  imports: [DatabaseModule.forFeature(BOUNDARY_SPANNER_ENTITIES)],
  providers: [ProfileRepository, BoundarySpannerProfiles],
  exports: [BoundarySpannerProfiles, ProfileRepository],
})
export class BoundarySpannerProfilesModule {}
