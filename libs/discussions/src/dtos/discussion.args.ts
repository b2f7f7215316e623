import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class DiscussionThreadsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;
}

@ArgsType()
export class DiscussionThreadArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be a thread id' })
  id: string;
}

@ArgsType()
export class ModerationQueueArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;
}

export const MENTION_CANDIDATES_MAX = 20;

@ArgsType()
export class MentionCandidatesArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The thread being replied to or edited (give this or communityId).',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'threadId must be a thread id' })
  threadId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The CoP a new thread is being started in (give this or threadId).',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId?: string | null;

  @Field(() => String, {
    defaultValue: '',
    description: 'What was typed after @: the start of a name.',
  })
  @IsString()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search = '';

  @Field(() => Int, {
    defaultValue: 8,
    description: `At most this many, 1 to ${MENTION_CANDIDATES_MAX}.`,
  })
  @IsInt()
  @Min(1)
  @Max(MENTION_CANDIDATES_MAX)
  first = 8;
}
