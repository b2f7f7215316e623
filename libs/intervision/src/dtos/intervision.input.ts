import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { ShareScope } from '../entities/intervision-case.entity';
import { GroupRole } from '../entities/intervision-group-member.entity';
import { ContributionKind, IntervisionRole } from '../intervision-method';

@InputType()
export class CreateIntervisionGroupInput {
  @Field()
  @IsString()
  @Length(3, 120)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The CoP the group belongs to; neither this nor learningGroupId: standalone.',
  })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The leergroep the group belongs to (not together with communityId).',
  })
  @IsOptional()
  @IsUUID()
  learningGroupId?: string | null;

  @Field({ description: 'The confidentiality agreement every member accepts on joining.' })
  @IsString()
  @Length(10, 5000)
  confidentialityText: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Days after closing a case that its owner is asked about the next step (28).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  followUpDays?: number | null;
}

@InputType()
export class InviteToIntervisionGroupInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => GroupRole, { nullable: true, defaultValue: GroupRole.PARTICIPANT })
  @IsOptional()
  @IsEnum(GroupRole)
  role?: GroupRole;
}

@InputType()
export class AcceptIntervisionAgreementInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => Int, { description: 'The version of the agreement the member read.' })
  @IsInt()
  @Min(1)
  agreementVersion: number;

  @Field({ description: 'Must be true: I will keep what is shared in this group confidential.' })
  @IsBoolean()
  accept: boolean;
}

@InputType()
export class RemoveFromIntervisionGroupInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => ID, { description: 'The member (or invitee) to remove.' })
  @IsUUID()
  memberId: string;
}

@InputType()
export class IntervisionGroupRefInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;
}

@InputType()
export class IntervisionPhaseInput {
  @Field()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'key: lower-case letters, digits and -' })
  key: string;

  @Field()
  @IsString()
  @Length(1, 120)
  titleNl: string;

  @Field()
  @IsString()
  @Length(1, 120)
  titleEn: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  instructionNl: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  instructionEn: string;

  @Field(() => [IntervisionRole])
  @IsArray()
  @IsEnum(IntervisionRole, { each: true })
  writers: IntervisionRole[];

  @Field(() => [ContributionKind])
  @IsArray()
  @IsEnum(ContributionKind, { each: true })
  kinds: ContributionKind[];

  @Field(() => Int, { nullable: true, description: 'Default time window; none: no deadline.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60 * 24 * 60)
  durationMinutes?: number | null;
}

/** What copying and changing a method may adapt: its names and its phases. */
@InputType({ isAbstract: true })
abstract class IntervisionMethodChanges {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 120)
  nameNl?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 120)
  nameEn?: string;

  @Field(() => [IntervisionPhaseInput], { nullable: true, description: 'Adapted phases.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => IntervisionPhaseInput)
  phases?: IntervisionPhaseInput[];
}

@InputType()
export class CopyIntervisionMethodInput extends IntervisionMethodChanges {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => ID, { description: 'A shipped method or one of the group.' })
  @IsUUID()
  methodId: string;
}

@InputType()
export class UpdateIntervisionMethodInput extends IntervisionMethodChanges {
  @Field(() => ID)
  @IsUUID()
  methodId: string;
}

@InputType()
export class DraftIntervisionCaseInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field()
  @IsString()
  @Length(3, 200)
  title: string;

  @Field({ description: 'The situation: what happened.' })
  @IsString()
  @Length(1, 5000)
  situationWhat: string;

  @Field({ nullable: true, description: 'Who was involved (roles, not names, is wise).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  situationWho?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  situationWhere?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  situationWhen?: string;

  @Field({ nullable: true, description: 'What the case owner already tried.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  tried?: string;

  @Field({ description: 'The question to the group.' })
  @IsString()
  @Length(1, 2000)
  question: string;
}

@InputType()
export class IntervisionCaseRefInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;
}

@InputType()
export class IntervisionPhaseActionInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => Int, {
    nullable: true,
    description: "Seconds until the phase's deadline; default: the method's time window.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60 * 24 * 3600)
  windowSeconds?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Advance by itself at the deadline.' })
  @IsOptional()
  @IsBoolean()
  autoAdvance?: boolean | null;
}

@InputType()
export class AcceptIntervisionCaseInput extends IntervisionPhaseActionInput {
  @Field(() => ID)
  @IsUUID()
  methodId: string;

  @Field({ nullable: true, defaultValue: true, description: 'Open the first phase at once.' })
  @IsOptional()
  @IsBoolean()
  openFirstPhase?: boolean;
}

@InputType()
export class ExtendIntervisionPhaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => Int, { description: 'Seconds added to the deadline (from now if it has passed).' })
  @IsInt()
  @Min(1)
  @Max(30 * 24 * 3600)
  extraSeconds: number;
}

@InputType()
export class ContributeToIntervisionCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => ContributionKind)
  @IsEnum(ContributionKind)
  kind: ContributionKind;

  @Field()
  @IsString()
  @Length(1, 5000)
  body: string;
}

@InputType()
export class EditIntervisionContributionInput {
  @Field(() => ID)
  @IsUUID()
  contributionId: string;

  @Field()
  @IsString()
  @Length(1, 5000)
  body: string;
}

@InputType()
export class SubmitIntervisionReflectionInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field()
  @IsString()
  @Length(1, 5000)
  reflection: string;

  @Field()
  @IsString()
  @Length(1, 2000)
  nextStep: string;
}

@InputType()
export class CloseIntervisionCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field({ description: 'The lessons, written so they can be shared without names.' })
  @IsString()
  @Length(1, 5000)
  lessons: string;
}

@InputType()
export class IntervisionLessonSharingInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => ShareScope)
  @IsEnum(ShareScope)
  scope: ShareScope;
}

@InputType()
export class AnswerIntervisionFollowUpInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field()
  @IsString()
  @Length(1, 5000)
  answer: string;
}
