import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { CommunityPhase } from '../entities/community.entity';

@ArgsType()
export class CommunitiesArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words to search for in name, purpose and themes (Dutch stemming).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only CoPs with this theme.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  theme?: string | null;

  @Field(() => CommunityPhase, { nullable: true })
  @IsOptional()
  @IsEnum(CommunityPhase)
  phase?: CommunityPhase | null;

  @Field(() => Boolean, { nullable: true, description: 'Only CoPs I am a member of.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

@ArgsType()
export class CommunityArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'id must be a community id' })
  id?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  slug?: string | null;
}
