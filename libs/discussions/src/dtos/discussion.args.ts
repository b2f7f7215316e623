import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

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
