import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';

import { OrganisationType } from '../entities/organisation.entity';

/** The organisation's whole new state: a field left out or null is cleared, not kept. */
@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be an organisation id' })
  id: string;

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

  @Field(() => ID, { nullable: true, description: 'Null: at the top of the tree.' })
  @IsOptional()
  @IsUUID(undefined, { message: 'parentId must be an organisation id' })
  parentId?: string | null;
}

@InputType()
export class MergeOrganisationsInput {
  @Field(() => ID, { description: 'The organisation that disappears.' })
  @IsUUID(undefined, { message: 'sourceId must be an organisation id' })
  sourceId: string;

  @Field(() => ID, { description: 'The organisation that takes over its members and links.' })
  @IsUUID(undefined, { message: 'targetId must be an organisation id' })
  targetId: string;
}
