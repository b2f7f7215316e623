import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

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
