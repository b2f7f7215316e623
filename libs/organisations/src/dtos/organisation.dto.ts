import { Connection } from '@leerhuis/platform-graphql';

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { OrganisationType } from '../entities/organisation.entity';

registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  description:
    'Ministry → directoraat-generaal → directie, plus agencies, inspectorates, other governments and partners.',
});

@ObjectType('Organisation')
export class OrganisationDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Common abbreviation, e.g. BZK.' })
  abbreviation: string | null;

  @Field(() => OrganisationType)
  type: OrganisationType;

  parentId: string | null;
}

@ObjectType()
export class OrganisationConnection extends Connection(OrganisationDto, 'Organisation') {}
