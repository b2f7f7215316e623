import { Connection } from '@leerhuis/platform-graphql';

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { RsvpStatus } from '../entities/meeting-rsvp.entity';

registerEnumType(RsvpStatus, {
  name: 'RsvpStatus',
  description: 'WAITING: wanted to go when the meeting was full; moved up when a seat frees.',
});

/** A meeting (bijeenkomst) of a CoP; only its members see it. */
@ObjectType('Meeting')
export class MeetingDto {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The start as an instant (ISO 8601, UTC).' })
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field({ description: 'Markdown source.' })
  agenda: string;

  @Field(() => Int, { nullable: true, description: 'Seats; null when there is no limit.' })
  capacity: number | null;

  @Field({ description: 'Markdown source, written after the meeting.' })
  notes: string;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field()
  cancellationReason: string;

  communityId: string;
}

@ObjectType('MeetingRsvp')
export class MeetingRsvpDto {
  @Field(() => RsvpStatus)
  status: RsvpStatus;

  @Field(() => Int, { nullable: true, description: 'Your place on the waiting list, from 1.' })
  waitingPosition: number | null;

  @Field()
  respondedAt: Date;

  meetingId: string;
}

@ObjectType('MeetingFollowUp')
export class MeetingFollowUpDto {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dueOn: string | null;

  @Field()
  createdAt: Date;

  ownerId: string | null;
}

@ObjectType()
export class MeetingConnection extends Connection(MeetingDto, 'Meeting') {}

/** A member going to a meeting. */
@ObjectType('MeetingAttendee')
export class MeetingAttendeeDto {
  @Field()
  respondedAt: Date;

  memberId: string;
}

@ObjectType()
export class MeetingAttendeeConnection extends Connection(MeetingAttendeeDto, 'MeetingAttendee') {}
