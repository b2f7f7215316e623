import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';

import { ShareScope } from '../entities/intervision-case.entity';

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
