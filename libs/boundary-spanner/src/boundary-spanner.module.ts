import { CommunitiesModule } from '@leerhuis/communities';
import { MembersModule } from '@leerhuis/members';
import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { BoundarySpannerLoaders } from './boundary-spanner.loaders';
import { BoundarySpannerResolver } from './boundary-spanner.resolver';
import { BoundarySpannerProfilesModule } from './boundary-spanner-profiles.module';
import { CommunityTeamProfileResolver } from './community-team-profile.resolver';
import { BOUNDARY_SPANNER_ENTITIES } from './entities/boundary-spanner-entities';
import { MemberBoundarySpannerResolver } from './member-profile.resolver';
import { ProfileService } from './profile.service';
import { QuestionnaireRepository } from './questionnaire.repository';
import { QuestionnaireService } from './questionnaire.service';

/** API side of the grenswerkersprofiel: questionnaire, profiles, style pages, team profiles. */
@Module({
  imports: [
    DatabaseModule.forFeature(BOUNDARY_SPANNER_ENTITIES),
    BoundarySpannerProfilesModule,
    CommunitiesModule,
    MembersModule,
  ],
  providers: [
    QuestionnaireRepository,
    QuestionnaireService,
    ProfileService,
    BoundarySpannerLoaders,
    BoundarySpannerResolver,
    MemberBoundarySpannerResolver,
    CommunityTeamProfileResolver,
  ],
  exports: [BoundarySpannerProfilesModule],
})
export class BoundarySpannerModule {}
