import { MemberDto } from '@leerhuis/members';
import { Connection } from '@leerhuis/platform-graphql';

import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { LearningGroupStatus } from '../entities/learning-group.entity';
import { ApplicationStatus } from '../entities/learning-group-application.entity';
import { ProgrammePhase, ProgrammeStrategy, ProgrammeType } from '../entities/programme.entity';

registerEnumType(ProgrammeType, {
  name: 'ProgrammeType',
  description:
    'Ketenregie within fixed external frameworks / within self-set frameworks; ketensturing within frameworks set by the minister / through co-financing.',
});
registerEnumType(ProgrammeStrategy, { name: 'ProgrammeStrategy' });
registerEnumType(ProgrammePhase, { name: 'ProgrammePhase' });
registerEnumType(LearningGroupStatus, {
  name: 'LearningGroupStatus',
  description: 'OPEN_FOR_APPLICATIONS → COMPOSING (a proposal exists) → RUNNING → FINISHED.',
});
registerEnumType(ApplicationStatus, { name: 'LearningGroupApplicationStatus' });

export enum LearningGroupRole {
  FACILITATOR = 'FACILITATOR',
  MEMBER = 'MEMBER',
}
registerEnumType(LearningGroupRole, { name: 'LearningGroupRole' });

/** A programme a programme director runs; only they (and the facilitators they apply to) see it. */
@ObjectType('Programme')
export class ProgrammeDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { description: 'The owning ministry (an organisation of type MINISTRY).' })
  ministryId: string;

  @Field(() => ProgrammeType)
  type: ProgrammeType;

  @Field(() => ProgrammeStrategy)
  strategy: ProgrammeStrategy;

  @Field(() => ProgrammePhase)
  phase: ProgrammePhase;

  @Field(() => [String])
  themes: string[];

  @Field({ description: 'Whether the programme has its own budget.' })
  hasBudget: boolean;
}

@ObjectType('LearningGroupApplication')
export class LearningGroupApplicationDto {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  learningGroupId: string;

  @Field(() => ApplicationStatus)
  status: ApplicationStatus;

  @Field({ description: 'What the applicant wants to learn.' })
  learningWish: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

/** Why a group is composed as it is; `message` is English, apps translate by `code`. */
@ObjectType('CompositionReason')
export class CompositionReasonDto {
  @Field({
    description:
      'DIFFERENT_MINISTRIES, SHARED_MINISTRY, PROGRAMME_TYPE_MIX, PHASE_MIX, STYLE_MIX, NO_PROFILES or SIZE.',
  })
  code: string;

  @Field(() => Int, { description: 'The number the reason is about (ministries, types, size …).' })
  value: number;

  @Field()
  message: string;
}

@ObjectType('ProposedLearningGroup')
export class ProposedGroupDto {
  @Field(() => Int)
  number: number;

  @Field(() => [CompositionReasonDto])
  reasons: CompositionReasonDto[];

  @Field(() => [LearningGroupApplicationDto], { description: 'The applications placed here.' })
  applications: LearningGroupApplicationDto[];
}

@ObjectType('CompositionProposal')
export class CompositionProposalDto {
  @Field(() => GraphQLISODateTime)
  proposedAt: Date;

  @Field(() => [ProposedGroupDto])
  groups: ProposedGroupDto[];
}

/** One confirmed group of the leergroep: its members and its sessions. */
@ObjectType('LearningGroupCircle')
export class LearningGroupCircleDto {
  @Field(() => Int)
  number: number;

  @Field(() => [MemberDto])
  members: MemberDto[];

  @Field(() => [GraphQLISODateTime], { description: 'Every session start of the cohort.' })
  sessions: Date[];

  @Field({ description: 'The first session, Amsterdam wall-clock time (YYYY-MM-DDTHH:mm).' })
  firstSessionLocal: string;
}

@ObjectType('LearningGroup')
export class LearningGroupDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  goal: string;

  @Field(() => ID)
  facilitatorId: string;

  @Field({ description: 'YYYY-MM-DD' })
  cohortStartsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  cohortEndsOn: string;

  @Field(() => Int, { description: 'A session every this many weeks.' })
  cadenceWeeks: number;

  @Field(() => Int, { description: 'Sessions last this many minutes.' })
  sessionMinutes: number;

  @Field()
  location: string;

  @Field(() => Int, { description: 'Planned group size (4–8).' })
  targetSize: number;

  @Field(() => LearningGroupStatus)
  status: LearningGroupStatus;
}

@ObjectType()
export class LearningGroupConnection extends Connection(LearningGroupDto, 'LearningGroup') {}
