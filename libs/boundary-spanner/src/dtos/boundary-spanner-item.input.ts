import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  ValidateNested,
} from 'class-validator';

import { BoundarySpannerStyle } from '../style';
import { BoundarySpannerStyleEnum } from './boundary-spanner.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

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
