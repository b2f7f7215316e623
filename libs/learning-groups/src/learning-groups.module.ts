import { BoundarySpannerProfilesModule } from '@leerhuis/boundary-spanner';
import { CommunitiesModule } from '@leerhuis/communities';
import { HarvestPublisherModule } from '@leerhuis/harvest';
import { MembersModule } from '@leerhuis/members';
import { OrganisationsModule } from '@leerhuis/organisations';
import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { ApplicationRepository } from './application.repository';
import { LEARNING_GROUP_ENTITIES } from './entities/learning-group-entities';
import { PeerIntroductionRepository } from './introductions/peer-introduction.repository';
import { PeerIntroductionResolver } from './introductions/peer-introduction.resolver';
import { PeerIntroductionService } from './introductions/peer-introduction.service';
import { LearningGroupLoaders } from './learning-group.loaders';
import { LearningGroupRepository } from './learning-group.repository';
import { LearningGroupApplicationResolver, LearningGroupResolver } from './learning-group.resolver';
import { LearningGroupService } from './learning-group.service';
import { LearningGroupFacilitationService } from './learning-group-facilitation.service';
import { LearningGroupOutputRepository } from './output/learning-group-output.repository';
import { LearningGroupOutputResolver } from './output/learning-group-output.resolver';
import { LearningGroupOutputService } from './output/learning-group-output.service';
import { ProgrammeRepository } from './programme.repository';
import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';
import { LearningGroupReflectionRepository } from './sessions/learning-group-reflection.repository';
import {
  LearningGroupReflectionResolver,
  LearningGroupSessionReflectionsResolver,
} from './sessions/learning-group-reflection.resolver';
import { LearningGroupReflectionService } from './sessions/learning-group-reflection.service';
import { LearningGroupSessionLoaders } from './sessions/learning-group-session.loaders';
import { LearningGroupSessionRepository } from './sessions/learning-group-session.repository';
import { LearningGroupSessionResolver } from './sessions/learning-group-session.resolver';
import { LearningGroupSessionService } from './sessions/learning-group-session.service';
import { LearningGroupThreadRepository } from './sessions/learning-group-thread.repository';
import { LearningGroupThreadResolver } from './sessions/learning-group-thread.resolver';
import { LearningGroupThreadService } from './sessions/learning-group-thread.service';

/** API side of leergroepen: programmes, leergroepen, applications and composition. */
@Module({
  imports: [
    DatabaseModule.forFeature(LEARNING_GROUP_ENTITIES),
    MembersModule,
    OrganisationsModule,
    BoundarySpannerProfilesModule,
    CommunitiesModule,
    HarvestPublisherModule,
  ],
  providers: [
    ProgrammeRepository,
    LearningGroupRepository,
    ApplicationRepository,
    ProgrammeService,
    LearningGroupService,
    LearningGroupFacilitationService,
    LearningGroupLoaders,
    ProgrammeResolver,
    LearningGroupResolver,
    LearningGroupApplicationResolver,
    LearningGroupOutputRepository,
    LearningGroupOutputService,
    LearningGroupOutputResolver,
    PeerIntroductionRepository,
    PeerIntroductionService,
    PeerIntroductionResolver,
    LearningGroupSessionRepository,
    LearningGroupSessionLoaders,
    LearningGroupSessionService,
    LearningGroupSessionResolver,
    LearningGroupThreadRepository,
    LearningGroupThreadService,
    LearningGroupThreadResolver,
    LearningGroupReflectionRepository,
    LearningGroupReflectionService,
    LearningGroupReflectionResolver,
    LearningGroupSessionReflectionsResolver,
  ],
  exports: [LearningGroupService],
})
export class LearningGroupsModule {}
