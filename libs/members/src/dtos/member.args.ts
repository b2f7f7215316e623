import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class MembersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'organisationId must be an organisation id' })
  organisationId?: string | null;
}

@ArgsType()
export class MemberArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be a member id' })
  id: string;
}
