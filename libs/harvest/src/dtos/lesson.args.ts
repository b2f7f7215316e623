import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

import { HarvestAudience, LessonType } from '../entities/lesson.entity';

/** A CoP's harvest (`Community.harvest`), newest first. */
@ArgsType()
export class CommunityHarvestArgs extends ConnectionArgs {
  @Field(() => LessonType, { nullable: true, description: 'Only lessons of this type.' })
  @IsOptional()
  @IsEnum(LessonType, { message: 'type must be one of the lesson types' })
  type?: LessonType | null;
}

/** `harvest(communityId:)` for one CoP, or `harvest(audience: PLATFORM)` across the platform. */
@ArgsType()
export class HarvestArgs extends CommunityHarvestArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId?: string | null;

  @Field(() => HarvestAudience, {
    nullable: true,
    description: 'Only lessons for this audience; PLATFORM without a CoP lists shared lessons.',
  })
  @IsOptional()
  @IsEnum(HarvestAudience, { message: 'audience must be MEMBERS or PLATFORM' })
  audience?: HarvestAudience | null;
}

/** `lesson(id:)`: one lesson as the viewer opens it. */
@ArgsType()
export class LessonArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be a lesson id' })
  id: string;
}
