import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum HarvestErrorCode {
  /** Also for a lesson the viewer may not read (members only, or in a hidden CoP). */
  LESSON_NOT_FOUND = 'LESSON_NOT_FOUND',
  AUTHOR_OR_COORDINATOR_REQUIRED = 'AUTHOR_OR_COORDINATOR_REQUIRED',
  CONTRIBUTOR_NOT_A_MEMBER = 'CONTRIBUTOR_NOT_A_MEMBER',
  OCCURRED_IN_FUTURE = 'OCCURRED_IN_FUTURE',
  HARVEST_SCOPE_REQUIRED = 'HARVEST_SCOPE_REQUIRED',
}

export const HarvestException = domainException('HarvestException', {
  LESSON_NOT_FOUND: ErrorKind.NOT_FOUND,
  AUTHOR_OR_COORDINATOR_REQUIRED: ErrorKind.FORBIDDEN,
  CONTRIBUTOR_NOT_A_MEMBER: ErrorKind.BAD_USER_INPUT,
  OCCURRED_IN_FUTURE: ErrorKind.BAD_USER_INPUT,
  HARVEST_SCOPE_REQUIRED: ErrorKind.BAD_USER_INPUT,
} satisfies Record<HarvestErrorCode, ErrorKind>);

/** The one answer for "does not exist" and "you may not read it". */
export const lessonNotFound = () =>
  new HarvestException(HarvestErrorCode.LESSON_NOT_FOUND, 'Lesson not found.');
