import { Connection } from '@leerhuis/platform-graphql';

import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AgendaCommunity')
export class AgendaCommunityDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;
}

/**
 * An upcoming meeting on the platform agenda. Outside its CoP only the title, the time and
 * the CoP are shown (as search shows a closed CoP's post): place and agenda are for members.
 */
@ObjectType('AgendaMeeting')
export class AgendaMeetingDto {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'The start on the Amsterdam wall clock, like 2027-03-28T10:00.' })
  startsAtLocal: string;

  @Field()
  endsAtLocal: string;

  @Field(() => AgendaCommunityDto)
  community: AgendaCommunityDto;

  @Field({ description: 'Whether you are a member of its CoP (and may open the meeting).' })
  viewerIsMember: boolean;
}

@ObjectType()
export class AgendaMeetingConnection extends Connection(AgendaMeetingDto, 'AgendaMeeting') {}
