import { CommunitiesModule } from '@leerhuis/communities';
import { LearningGroupAccessModule } from '@leerhuis/learning-groups';
import { MembersModule } from '@leerhuis/members';
import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { INTERVISION_ENTITIES } from './entities/intervision-entities';
import { IntervisionLoaders } from './intervision.loaders';
import { IntervisionAccess } from './intervision-access';
import { IntervisionCaseRepository } from './intervision-case.repository';
import {
  IntervisionCaseResolver,
  IntervisionContributionResolver,
} from './intervision-case.resolver';
import { IntervisionCaseService } from './intervision-case.service';
import { IntervisionCaseLock } from './intervision-case-lock';
import { IntervisionCaseOutcomeService } from './intervision-case-outcome.service';
import { IntervisionContributionService } from './intervision-contribution.service';
import { IntervisionGroupRepository } from './intervision-group.repository';
import {
  IntervisionAuditResolver,
  IntervisionGroupResolver,
  IntervisionMembershipResolver,
} from './intervision-group.resolver';
import { IntervisionGroupService } from './intervision-group.service';
import { IntervisionGroupMethodService } from './intervision-group-method.service';
import { IntervisionMembershipService } from './intervision-membership.service';
import { IntervisionMethodRepository } from './intervision-method.repository';
import { IntervisionPhaseFlow } from './intervision-phase-flow';

/** API side of intervisie: groups, methods, cases through their phases. */
@Module({
  imports: [
    DatabaseModule.forFeature(INTERVISION_ENTITIES),
    CommunitiesModule,
    LearningGroupAccessModule,
    MembersModule,
  ],
  providers: [
    IntervisionGroupRepository,
    IntervisionMethodRepository,
    IntervisionCaseRepository,
    IntervisionAccess,
    IntervisionPhaseFlow,
    IntervisionGroupService,
    IntervisionMembershipService,
    IntervisionGroupMethodService,
    IntervisionCaseLock,
    IntervisionCaseService,
    IntervisionContributionService,
    IntervisionCaseOutcomeService,
    IntervisionLoaders,
    IntervisionGroupResolver,
    IntervisionMembershipResolver,
    IntervisionAuditResolver,
    IntervisionCaseResolver,
    IntervisionContributionResolver,
  ],
  exports: [IntervisionGroupService, IntervisionCaseService],
})
export class IntervisionModule {}
