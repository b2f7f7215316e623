import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { CaseState, ShareScope } from '../entities/intervision-case.entity';
import { IntervisionGroupContext } from '../entities/intervision-group.entity';
import { GroupMemberStatus, GroupRole } from '../entities/intervision-group-member.entity';
import type { GroupContext } from '../intervision-access';
import { IntervisionTask } from '../intervision-expectation';
import { ContributionKind, IntervisionRole, MethodPhase } from '../intervision-method';

registerEnumType(IntervisionRole, {
  name: 'IntervisionRole',
  description: 'Who may write in a phase: the case owner, the other participants, the moderator.',
});
registerEnumType(ContributionKind, { name: 'IntervisionContributionKind' });
registerEnumType(IntervisionGroupContext, {
  name: 'IntervisionGroupContext',
  description: 'Where a group lives: inside a CoP, inside a leergroep, or on its own.',
});
registerEnumType(GroupRole, { name: 'IntervisionGroupRole' });
registerEnumType(GroupMemberStatus, {
  name: 'IntervisionMemberStatus',
  description: 'INVITED until the confidentiality agreement is accepted.',
});
registerEnumType(CaseState, { name: 'IntervisionCaseState' });
registerEnumType(ShareScope, {
  name: 'IntervisionShareScope',
  description: 'Who may read the anonymised lessons: nobody outside the group, the CoP, everyone.',
});
registerEnumType(IntervisionTask, {
  name: 'IntervisionTask',
  description: 'What is expected of the viewer on a case right now.',
});

export enum IntervisionPhaseStatus {
  PENDING = 'PENDING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(IntervisionPhaseStatus, { name: 'IntervisionPhaseStatus' });

@ObjectType('IntervisionMethodPhase')
export class IntervisionMethodPhaseDto {
  @Field()
  key: string;

  @Field()
  titleNl: string;

  @Field()
  titleEn: string;

  @Field()
  instructionNl: string;

  @Field()
  instructionEn: string;

  @Field(() => [IntervisionRole])
  writers: IntervisionRole[];

  @Field(() => [ContributionKind])
  kinds: ContributionKind[];

  @Field(() => Int, { nullable: true, description: 'Default time window in minutes.' })
  durationMinutes: number | null;
}

@ObjectType('IntervisionMethod')
export class IntervisionMethodDto {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field({ description: 'False for the shipped methods; true for a group’s adapted copy.' })
  adapted: boolean;

  @Field()
  nameNl: string;

  @Field()
  nameEn: string;

  @Field()
  descriptionNl: string;

  @Field()
  descriptionEn: string;

  @Field(() => [IntervisionMethodPhaseDto])
  phases: IntervisionMethodPhaseDto[];
}

@ObjectType('IntervisionGroupMembership')
export class IntervisionGroupMembershipDto {
  @Field(() => GroupRole)
  role: GroupRole;

  @Field(() => GroupMemberStatus)
  status: GroupMemberStatus;

  @Field(() => Int, { nullable: true })
  agreementVersion: number | null;

  @Field(() => Date, { nullable: true })
  agreementAcceptedAt: Date | null;

  memberId: string;
}

@ObjectType('IntervisionAuditEntry')
export class IntervisionAuditEntryDto {
  @Field()
  action: string;

  @Field(() => ID, { nullable: true })
  caseId: string | null;

  @Field(() => Int, { nullable: true })
  phaseIndex: number | null;

  @Field()
  at: Date;

  actorId: string | null;
}

/** A group; who is in it and its cases are for its members (admins see metadata only). */
@ObjectType('IntervisionGroup')
export class IntervisionGroupDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => IntervisionGroupContext)
  context: IntervisionGroupContext;

  @Field()
  confidentialityText: string;

  @Field(() => Int)
  confidentialityVersion: number;

  @Field(() => Int)
  followUpDays: number;

  @Field()
  createdAt: Date;

  communityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The leergroep a LEARNING_GROUP group is in.' })
  learningGroupId: string | null;

  /** Not in the schema: how the viewer relates to the group. */
  access: GroupContext;
}

@ObjectType('IntervisionContribution')
export class IntervisionContributionDto {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  phaseIndex: number;

  @Field(() => ContributionKind)
  kind: ContributionKind;

  @Field(() => IntervisionRole, { description: 'The role the author wrote in.' })
  authorRole: IntervisionRole;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field({ description: 'Yours, and its phase still open.' })
  viewerCanEdit: boolean;

  authorId: string | null;
}

@ObjectType('IntervisionCasePhase')
export class IntervisionCasePhaseDto extends IntervisionMethodPhaseDto {
  @Field(() => Int)
  index: number;

  @Field(() => IntervisionPhaseStatus)
  status: IntervisionPhaseStatus;

  @Field(() => Date, { nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;

  @Field()
  autoAdvance: boolean;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => [IntervisionContributionDto])
  contributions: IntervisionContributionDto[];
}

@ObjectType('IntervisionExpectation')
export class IntervisionExpectationDto {
  @Field(() => IntervisionTask)
  task: IntervisionTask;

  @Field(() => [ContributionKind], { description: 'What you may write now (CONTRIBUTE).' })
  allowedKinds: ContributionKind[];

  @Field(() => Int, { nullable: true, description: 'The current phase, from 0.' })
  phaseIndex: number | null;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

/**
 * A case. Metadata (state, phase, dates) is there for platform admins too; every content
 * field is null for anyone who is not an active member of the group.
 */
@ObjectType('IntervisionCase')
export class IntervisionCaseDto {
  @Field(() => ID)
  id: string;

  @Field(() => CaseState)
  state: CaseState;

  @Field(() => Int, { nullable: true })
  currentPhaseIndex: number | null;

  @Field(() => Int, { description: 'Phases of the method; 0 before acceptance.' })
  phaseCount: number;

  @Field(() => String, { nullable: true })
  methodNameNl: string | null;

  @Field(() => String, { nullable: true })
  methodNameEn: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  situationWhat: string | null;

  @Field(() => String, { nullable: true })
  situationWho: string | null;

  @Field(() => String, { nullable: true })
  situationWhere: string | null;

  @Field(() => String, { nullable: true })
  situationWhen: string | null;

  @Field(() => String, { nullable: true })
  tried: string | null;

  @Field(() => String, { nullable: true })
  question: string | null;

  @Field(() => String, { nullable: true })
  reflection: string | null;

  @Field(() => String, { nullable: true })
  nextStep: string | null;

  @Field(() => String, { nullable: true })
  lessons: string | null;

  @Field(() => ShareScope, { nullable: true, description: 'What the case owner consented to.' })
  shareConsent: ShareScope | null;

  @Field(() => ShareScope, { nullable: true, description: 'Where the lessons are shared.' })
  sharedScope: ShareScope | null;

  @Field(() => Date, { nullable: true })
  followUpAskedAt: Date | null;

  @Field(() => String, { nullable: true })
  followUpAnswer: string | null;

  @Field(() => [IntervisionRole], { description: 'Your roles on this case.' })
  viewerRoles: IntervisionRole[];

  groupId: string;
  ownerId: string | null;
  /** Not in the schema. */
  access: GroupContext;
  canRead: boolean;
  phaseSnapshot: MethodPhase[] | null;
}
