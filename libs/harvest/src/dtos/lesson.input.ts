import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';

import { HarvestAudience, LessonType } from '../entities/lesson.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const Title = () => (target: object, key: string) => {
  Transform(trim)(target, key);
  IsString()(target, key);
  Length(3, 200, { message: 'title must be 3 to 200 characters' })(target, key);
};
const Description = () => (target: object, key: string) => {
  Transform(trim)(target, key);
  IsString()(target, key);
  Length(1, 10_000, { message: 'description must be 1 to 10000 characters' })(target, key);
};
const Type = () => (target: object, key: string) => {
  IsEnum(LessonType, { message: 'type must be one of the lesson types' })(target, key);
};
const Audience = () => (target: object, key: string) => {
  IsEnum(HarvestAudience, { message: 'audience must be MEMBERS or PLATFORM' })(target, key);
};
const OccurredOn = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsISO8601({ strict: true }, { message: 'occurredOn must be a date like 2026-03-01' })(
    target,
    key,
  );
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'occurredOn must be a date like 2026-03-01' })(
    target,
    key,
  );
};
const Contributors = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsArray()(target, key);
  ArrayMaxSize(50, { message: 'at most 50 contributors' })(target, key);
  IsUUID(undefined, { each: true, message: 'each contributor must be a member id' })(target, key);
};

/** An active member records an outcome or lesson of their CoP. */
@InputType()
export class HarvestLessonInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field()
  @Title()
  title: string;

  @Field({ description: 'Markdown source.' })
  @Description()
  description: string;

  @Field(() => LessonType)
  @Type()
  type: LessonType;

  @Field(() => HarvestAudience)
  @Audience()
  audience: HarvestAudience;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future.' })
  @OccurredOn()
  occurredOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Members of the CoP who contributed.' })
  @Contributors()
  contributorIds?: string[] | null;
}

/** The author or a coordinator changes a lesson; fields left out stay as they are. */
@InputType()
export class UpdateLessonInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'lessonId must be a lesson id' })
  lessonId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Title()
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Description()
  description?: string;

  @Field(() => LessonType, { nullable: true })
  @IsOptional()
  @Type()
  type?: LessonType;

  @Field(() => HarvestAudience, { nullable: true })
  @IsOptional()
  @Audience()
  audience?: HarvestAudience;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @OccurredOn()
  occurredOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the contributors.' })
  @Contributors()
  contributorIds?: string[] | null;
}

@InputType()
export class LessonRefInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'lessonId must be a lesson id' })
  lessonId: string;
}
