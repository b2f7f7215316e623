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

/** `agenda(…)`: upcoming meetings of every CoP the viewer may see, soonest first. */
@ArgsType()
export class AgendaArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only CoPs you are a member of.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only this CoP.' })
  @IsOptional()
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId?: string | null;
}
