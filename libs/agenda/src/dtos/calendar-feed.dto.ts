import { Field, ObjectType } from '@nestjs/graphql';

/** Whether you have a personal calendar feed; its link is shown only when it is issued. */
@ObjectType('CalendarFeed')
export class CalendarFeedDto {
  @Field()
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'When the current link was issued.' })
  issuedAt: Date | null;
}

/** A newly issued feed link: shown once, as only its hash is kept. */
@ObjectType('IssuedCalendarFeed')
export class IssuedCalendarFeedDto {
  @Field({ description: 'webcal://…: calendars subscribe to it.' })
  webcalUrl: string;

  @Field({ description: 'The same feed over http(s), for calendars that ask for that.' })
  httpUrl: string;

  @Field()
  issuedAt: Date;
}
