import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class MeetingsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Past meetings (latest first) instead of upcoming ones (soonest first).',
  })
  @IsOptional()
  @IsBoolean()
  past?: boolean | null;
}

@ArgsType()
export class MeetingArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be a meeting id' })
  id: string;
}
