import { ConnectionArgs } from '@leerhuis/platform-graphql';

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { OrganisationType } from '../entities/organisation.entity';

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or abbreviation.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType | null;

  @Field(() => ID, { nullable: true, description: 'Only direct children of this organisation.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only organisations at the top of the tree.',
  })
  @IsOptional()
  @IsBoolean()
  rootsOnly?: boolean | null;
}

@ArgsType()
export class OrganisationArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be an organisation id' })
  id: string;
}
