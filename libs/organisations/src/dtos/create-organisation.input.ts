import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';

import { OrganisationType } from '../entities/organisation.entity';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @Length(2, 200, { message: 'name must be 2 to 200 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 20, { message: 'abbreviation must be 1 to 20 characters' })
  abbreviation?: string | null;

  @Field(() => OrganisationType)
  @IsEnum(OrganisationType)
  type: OrganisationType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'parentId must be an organisation id' })
  parentId?: string | null;
}
