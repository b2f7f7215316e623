import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
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
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { BoundarySpannerStyle, ProfileVisibility } from '../style';
import { BoundarySpannerStyleEnum, ProfileVisibilityEnum } from './boundary-spanner.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

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

@InputType()
export class BoundarySpannerItemInput {
  @Field({ description: 'Unique in the version: lowercase letters, digits, hyphens.' })
  @Transform(trim)
  @IsString()
  key: string;

  @Field(() => BoundarySpannerStyleEnum)
  @IsEnum(BoundarySpannerStyle, { message: 'style must be one of the six styles' })
  style: BoundarySpannerStyle;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  reverse?: boolean;

  @Field({ description: 'The statement in Dutch.' })
  @Transform(trim)
  @IsString()
  nl: string;

  @Field({ description: 'The statement in English.' })
  @Transform(trim)
  @IsString()
  en: string;
}

/** A platform admin publishes a new version; it becomes current at once. */
@InputType()
export class PublishBoundarySpannerQuestionnaireInput {
  @Field(() => [BoundarySpannerItemInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => BoundarySpannerItemInput)
  items: BoundarySpannerItemInput[];
}
