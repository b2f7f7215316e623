import { LessonType } from '@leerhuis/harvest';
import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { ReadableLessonKind } from './readable-lesson.dto';

/** `lessons(…)`: every lesson the viewer may read, newest first, with the /oogst filters. */
@ArgsType()
export class ReadableLessonsArgs extends ConnectionArgs {
  @Field(() => ReadableLessonKind, { nullable: true, description: 'Only lessons of this kind.' })
  @IsOptional()
  @IsEnum(ReadableLessonKind, { message: 'kind must be COMMUNITY, LEARNING_GROUP or INTERVISION' })
  kind?: ReadableLessonKind | null;

  @Field(() => LessonType, {
    nullable: true,
    description: 'Only lessons of this type (intervisie lessons have none).',
  })
  @IsOptional()
  @IsEnum(LessonType, { message: 'type must be one of the lesson types' })
  type?: LessonType | null;

  @Field(() => ID, { nullable: true, description: 'Only lessons of this CoP.' })
  @IsOptional()
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only lessons of CoPs with this theme.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'theme is at most 100 characters' })
  theme?: string | null;
}

export const LESSON_REF =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|intervisie-[0-9a-f]{32})$/i;

@ArgsType()
export class ReadableLessonArgs {
  @Field(() => ID, { description: 'As in /oogst/<id>.' })
  @Matches(LESSON_REF, { message: 'id must be a lesson id from /oogst' })
  id: string;
}
