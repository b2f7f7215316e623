import { MemberDto } from '@leerhuis/members';
import { Connection } from '@leerhuis/platform-graphql';

import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import {
  CoffeeDateMatchKind,
  CoffeeDateNextStep,
  CoffeeDateResponse,
} from '../entities/coffee-date-match.entity';
import { CoffeeDateRoundKind, CoffeeDateRoundState } from '../entities/coffee-date-round.entity';

registerEnumType(CoffeeDateRoundKind, { name: 'CoffeeDateRoundKind' });
registerEnumType(CoffeeDateRoundState, {
  name: 'CoffeeDateRoundState',
  description: 'OPEN (sign-up) → MATCHING → MATCHED (emails sent) → CLOSED (stats).',
});
registerEnumType(CoffeeDateMatchKind, { name: 'CoffeeDateMatchKind' });
registerEnumType(CoffeeDateResponse, { name: 'CoffeeDateResponse' });
registerEnumType(CoffeeDateNextStep, { name: 'CoffeeDateNextStep' });

@ObjectType('CoffeeDateRound')
export class CoffeeDateRoundDto {
  @Field(() => ID) id: string;
  @Field(() => CoffeeDateRoundKind) kind: CoffeeDateRoundKind;
  @Field(() => String, { nullable: true, description: 'YYYY-MM of a monthly round.' })
  period: string | null;
  @Field(() => CoffeeDateRoundState) state: CoffeeDateRoundState;
  @Field() opensAt: Date;
  @Field() signupDeadline: Date;
  @Field() reminderAt: Date;
  @Field() closesAt: Date;
  @Field(() => String, { nullable: true, description: 'Team rounds: the chosen day.' })
  meetOn: string | null;
  @Field(() => Date, { nullable: true }) matchedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
}

@ObjectType('CoffeeDateStatus')
export class CoffeeDateStatusDto {
  @Field({ description: '"Every month until I pause".' }) everyMonth: boolean;
  @Field({ description: 'Opted in for the next round (none was open).' }) nextRound: boolean;
  @Field(() => String, { nullable: true, description: 'Paused until this day (YYYY-MM-DD).' })
  pausedUntil: string | null;
  @Field() paused: boolean;
  @Field() unsubscribed: boolean;
  @Field(() => CoffeeDateRoundDto, { nullable: true }) openRound: CoffeeDateRoundDto | null;
  @Field() joinedOpenRound: boolean;
  @Field(() => Int, {
    description:
      'Monthly rounds never match you with anyone you had a koffiedate with (in a pair or trio) in a round opened within this many months before (COFFEE_DATE_REPEAT_WINDOW_MONTHS).',
  })
  repeatWindowMonths: number;
}

@ObjectType('CoffeeDateMatch')
export class CoffeeDateMatchDto {
  @Field(() => ID) id: string;
  @Field(() => ID) roundId: string;
  @Field(() => String, { nullable: true }) roundPeriod: string | null;
  @Field(() => CoffeeDateRoundKind) roundKind: CoffeeDateRoundKind;
  @Field(() => CoffeeDateRoundState) roundState: CoffeeDateRoundState;
  @Field(() => CoffeeDateMatchKind) kind: CoffeeDateMatchKind;
  @Field({ description: 'The suggested 30-minute slot.' }) slotStartsAt: Date;
  @Field({ description: 'Someone declined and the group no longer stands.' }) dissolved: boolean;
  @Field(() => CoffeeDateResponse) response: CoffeeDateResponse;
  @Field(() => Boolean, { nullable: true }) met: boolean | null;
  @Field(() => Int, { nullable: true }) rating: number | null;
  @Field(() => CoffeeDateNextStep, { nullable: true }) nextStep: CoffeeDateNextStep | null;
  @Field(() => [MemberDto]) partners: MemberDto[];
}

@ObjectType('CoffeeDateReasonCount')
export class CoffeeDateReasonCountDto {
  @Field() reason: string;
  @Field(() => Int) count: number;
}

@ObjectType('CoffeeDateStyleCount')
export class CoffeeDateStyleCountDto {
  @Field() style: string;
  @Field(() => Int) count: number;
}

@ObjectType('CoffeeDateRoundStats')
export class CoffeeDateRoundStatsDto {
  @Field(() => Int) participants: number;
  @Field(() => Int, { description: 'Members in a standing group.' }) matched: number;
  @Field(() => Int) pairs: number;
  @Field(() => Int) trios: number;
  @Field(() => Int) groups: number;
  @Field(() => Int) unmatched: number;
  @Field(() => [CoffeeDateReasonCountDto]) unmatchedReasons: CoffeeDateReasonCountDto[];
  @Field(() => Float, {
    nullable: true,
    description: 'Share of groups whose members all work at different ministries.',
  })
  crossMinistryRate: number | null;
  @Field(() => [CoffeeDateStyleCountDto], { description: 'Preferred styles among participants.' })
  styleMix: CoffeeDateStyleCountDto[];
  @Field(() => Int) withoutProfile: number;
  @Field(() => Int, { description: 'Groups where someone reported "we met".' })
  reportedMeetings: number;
  @Field(() => Int) ratings: number;
  @Field(() => Float, { nullable: true }) averageRating: number | null;
  @Field(() => Int) declined: number;
}

@ObjectType('CoffeeDatePreviewGroup')
export class CoffeeDatePreviewGroupDto {
  memberIds: string[];
  @Field(() => CoffeeDateMatchKind) kind: CoffeeDateMatchKind;
  @Field(() => Int) score: number;
  @Field(() => [String], { description: 'Reason codes from libs/matching.' }) reasons: string[];
  @Field(() => [MemberDto]) members: MemberDto[];
}

@ObjectType('CoffeeDatePreviewUnmatched')
export class CoffeeDatePreviewUnmatchedDto {
  memberId: string;
  @Field(() => MemberDto, { nullable: true }) member: MemberDto | null;
  @Field() reason: string;
  @Field() message: string;
}

@ObjectType('CoffeeDatePreview')
export class CoffeeDatePreviewDto {
  @Field(() => Int) participants: number;
  @Field(() => [CoffeeDatePreviewGroupDto]) groups: CoffeeDatePreviewGroupDto[];
  @Field(() => [CoffeeDatePreviewUnmatchedDto]) unmatched: CoffeeDatePreviewUnmatchedDto[];
  @Field(() => Int) objective: number;
  @Field(() => Int, { description: 'Pairs that break a hard constraint (should be 0).' })
  violations: number;
  @Field({ description: 'True: the stored groups of a matched round; false: a dry run.' })
  stored: boolean;
}

@ObjectType()
export class CoffeeDateRoundConnection extends Connection(CoffeeDateRoundDto, 'CoffeeDateRound') {}
