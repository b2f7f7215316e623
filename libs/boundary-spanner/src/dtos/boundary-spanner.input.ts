import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { ProfileVisibility } from '../style';
import { ProfileVisibilityEnum } from './boundary-spanner.dto';

@InputType()
export class BoundarySpannerAnswerInput {
  @Field()
  @IsString()
  itemKey: string;

  @Field(() => Int, { description: '1 (strongly disagree) … 5 (strongly agree).' })
  @IsInt({ message: 'value must be a whole number from 1 to 5' })
  @Min(1, { message: 'value must be from 1 to 5' })
  @Max(5, { message: 'value must be from 1 to 5' })
  value: number;
}

/** Save some answers to your draft (started on first save). */
@InputType()
export class SaveBoundarySpannerAnswersInput {
  @Field(() => Int, { description: 'The questionnaire version the answers were given on.' })
  @IsInt()
  version: number;

  @Field(() => [BoundarySpannerAnswerInput])
  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => BoundarySpannerAnswerInput)
  answers: BoundarySpannerAnswerInput[];
}

@InputType()
export class SubmitBoundarySpannerQuestionnaireInput {
  @Field(() => ID, { description: 'Your draft attempt.' })
  @IsUUID(undefined, { message: 'attemptId must be an attempt id' })
  attemptId: string;

  @Field(() => [BoundarySpannerAnswerInput], {
    nullable: true,
    description: 'Last answers, saved together with the submission.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => BoundarySpannerAnswerInput)
  answers?: BoundarySpannerAnswerInput[] | null;
}

@InputType()
export class SetBoundarySpannerVisibilityInput {
  @Field(() => ProfileVisibilityEnum)
  @IsEnum(ProfileVisibility, { message: 'visibility must be PRIVATE, MY_COMMUNITIES or EVERYONE' })
  visibility: ProfileVisibility;
}
