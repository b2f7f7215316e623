import { IntervisionAuditEntity } from './intervision-audit.entity';
import { IntervisionCaseEntity } from './intervision-case.entity';
import { IntervisionCasePhaseEntity } from './intervision-case-phase.entity';
import { IntervisionContributionEntity } from './intervision-contribution.entity';
import { IntervisionGroupEntity } from './intervision-group.entity';
import { IntervisionGroupMemberEntity } from './intervision-group-member.entity';
import { IntervisionMethodEntity } from './intervision-method.entity';

/** Every table the intervision domain owns (the API and the worker both register them). */
export const INTERVISION_ENTITIES = [
  IntervisionGroupEntity,
  IntervisionGroupMemberEntity,
  IntervisionMethodEntity,
  IntervisionCaseEntity,
  IntervisionCasePhaseEntity,
  IntervisionContributionEntity,
  IntervisionAuditEntity,
];
