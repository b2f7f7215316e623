import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum MeetingErrorCode {
  /** Also for a meeting of a CoP the viewer may not see: the two are indistinguishable. */
  MEETING_NOT_FOUND = 'MEETING_NOT_FOUND',
  END_BEFORE_START = 'END_BEFORE_START',
  /** Longer than MAX_MEETING_DAYS: a typo in the end date, not a meeting. */
  MEETING_TOO_LONG = 'MEETING_TOO_LONG',
  START_IN_PAST = 'START_IN_PAST',
  INVALID_LOCAL_TIME = 'INVALID_LOCAL_TIME',
  PLACE_REQUIRED = 'PLACE_REQUIRED',
  CAPACITY_BELOW_GOING = 'CAPACITY_BELOW_GOING',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  MEETING_PAST = 'MEETING_PAST',
  MEETING_NOT_HELD_YET = 'MEETING_NOT_HELD_YET',
  COORDINATOR_REQUIRED = 'COORDINATOR_REQUIRED',
  OWNER_NOT_A_MEMBER = 'OWNER_NOT_A_MEMBER',
}

export const MeetingException = domainException('MeetingException', {
  MEETING_NOT_FOUND: ErrorKind.NOT_FOUND,
  END_BEFORE_START: ErrorKind.BAD_USER_INPUT,
  MEETING_TOO_LONG: ErrorKind.BAD_USER_INPUT,
  START_IN_PAST: ErrorKind.BAD_USER_INPUT,
  INVALID_LOCAL_TIME: ErrorKind.BAD_USER_INPUT,
  PLACE_REQUIRED: ErrorKind.BAD_USER_INPUT,
  CAPACITY_BELOW_GOING: ErrorKind.BAD_USER_INPUT,
  MEETING_CANCELLED: ErrorKind.BAD_USER_INPUT,
  MEETING_PAST: ErrorKind.BAD_USER_INPUT,
  MEETING_NOT_HELD_YET: ErrorKind.BAD_USER_INPUT,
  COORDINATOR_REQUIRED: ErrorKind.FORBIDDEN,
  OWNER_NOT_A_MEMBER: ErrorKind.BAD_USER_INPUT,
} satisfies Record<MeetingErrorCode, ErrorKind>);

/** The one answer for "does not exist" and "you may not know it exists". */
export const meetingNotFound = () =>
  new MeetingException(MeetingErrorCode.MEETING_NOT_FOUND, 'Meeting not found.');
