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

  @Field(() => ID, {
    nullable: true,
    description: 'Members of this organisation or of any organisation below it.',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'organisationId must be an organisation id' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'One of their themes (any case).' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'theme must be at most 60 characters' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of what they offer (aanbod).' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'offer must be at most 100 characters' })
  offer?: string | null;
}

@ArgsType()
export class MemberArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be a member id' })
  id: string;
}
