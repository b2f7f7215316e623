import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** What a member answers; WAITING is never asked for, it is what GOING becomes when full. */
export enum RsvpResponse {
  GOING = 'GOING',
  MAYBE = 'MAYBE',
  NOT_GOING = 'NOT_GOING',
}
registerEnumType(RsvpResponse, { name: 'RsvpResponse' });

const MeetingId = () => (target: object, key: string) => {
  Field(() => ID)(target, key);
  IsUUID(undefined, { message: 'meetingId must be a meeting id' })(target, key);
};
const Title = () => (target: object, key: string) => {
  IsString()(target, key);
  Length(3, 200, { message: 'title must be 3 to 200 characters' })(target, key);
};
const LocalDateTime = (field: string) => (target: object, key: string) => {
  IsString()(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, {
    message: `${field} must be a local date and time in Amsterdam, like 2027-03-28T10:00`,
  })(target, key);
};
const Address = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsString()(target, key);
  Length(3, 300, { message: 'address must be 3 to 300 characters' })(target, key);
};
const OnlineUrl = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsString()(target, key);
  MaxLength(500, { message: 'onlineUrl must be at most 500 characters' })(target, key);
  IsUrl(
    { protocols: ['https'], require_protocol: true, require_tld: true },
    { message: 'onlineUrl must be an https link, like https://teams.microsoft.com/…' },
  )(target, key);
};
const Agenda = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsString()(target, key);
  MaxLength(10_000, { message: 'agenda must be at most 10,000 characters' })(target, key);
};
const Capacity = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsInt({ message: 'capacity must be a whole number' })(target, key);
  Min(1, { message: 'capacity must be 1 to 1000 (leave it out for no limit)' })(target, key);
  Max(1000, { message: 'capacity must be 1 to 1000 (leave it out for no limit)' })(target, key);
};

/** Coordinators and moderators schedule a meeting; times are Amsterdam wall-clock time. */
@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'communityId must be a community id' })
  communityId: string;

  @Field()
  @Title()
  title: string;

  @Field({ description: 'Local date and time in Europe/Amsterdam, like 2027-03-28T10:00.' })
  @LocalDateTime('startsAt')
  startsAt: string;

  @Field({ description: 'Local date and time in Europe/Amsterdam; after startsAt.' })
  @LocalDateTime('endsAt')
  endsAt: string;

  @Field(() => String, { nullable: true, description: 'Where: an address (or give onlineUrl).' })
  @Address()
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Where: an https link to join online.' })
  @OnlineUrl()
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown, at most 10,000 characters.' })
  @Agenda()
  agenda?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 1000 seats; leave out for no limit.' })
  @Capacity()
  capacity?: number | null;
}

/**
 * Change a meeting; left-out fields stay, and values equal to the current ones change nothing
 * (no email). A changed time or place is emailed to those going, maybe going or waiting.
 */
@InputType({
  description:
    'Left-out fields stay; values equal to the current ones change nothing (and send no email). ' +
    'A changed time or place is emailed, with an updated .ics, to those going, maybe going or waiting.',
})
export class UpdateMeetingInput {
  @MeetingId()
  meetingId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Title()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LocalDateTime('startsAt')
  startsAt?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LocalDateTime('endsAt')
  endsAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Setting an address clears onlineUrl.' })
  @Address()
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Setting a link clears the address.' })
  @OnlineUrl()
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true })
  @Agenda()
  agenda?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Seats, 1 to 1000; null removes the limit. Never below the number already going ' +
      '(CAPACITY_BELOW_GOING): nobody going loses their seat. More seats move the waiting list up.',
  })
  @Capacity()
  capacity?: number | null;
}

@InputType()
export class CancelMeetingInput {
  @MeetingId()
  meetingId: string;

  @Field(() => String, { nullable: true, description: 'Why; shown to the members.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason?: string | null;
}

@InputType()
export class RsvpToMeetingInput {
  @MeetingId()
  meetingId: string;

  @Field(() => RsvpResponse)
  @IsEnum(RsvpResponse, { message: 'response must be GOING, MAYBE or NOT_GOING' })
  response: RsvpResponse;
}

@InputType()
export class RecordFollowUpInput {
  @MeetingId()
  meetingId: string;

  @Field({ description: 'What will be done.' })
  @IsString()
  @Length(1, 1000, { message: 'text must be 1 to 1000 characters' })
  text: string;

  @Field(() => ID, { nullable: true, description: 'Who does it: a member of the CoP.' })
  @IsOptional()
  @IsUUID(undefined, { message: 'ownerId must be a member id' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'By when, YYYY-MM-DD.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dueOn must be a date like 2027-04-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date like 2027-04-01' })
  dueOn?: string | null;
}

@InputType()
export class RecordMeetingNotesInput {
  @MeetingId()
  meetingId: string;

  @Field({ description: 'Markdown, at most 20,000 characters; replaces earlier notes.' })
  @IsString()
  @MaxLength(20_000, { message: 'notes must be at most 20,000 characters' })
  notes: string;
}
