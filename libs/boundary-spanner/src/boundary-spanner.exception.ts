import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum BoundarySpannerErrorCode {
  QUESTIONNAIRE_NOT_FOUND = 'QUESTIONNAIRE_NOT_FOUND',
  /** Answers given for a version that is no longer current. */
  VERSION_NOT_CURRENT = 'VERSION_NOT_CURRENT',
  /** An answer for an item that is not in the attempt's version. */
  UNKNOWN_ITEM = 'UNKNOWN_ITEM',
  DUPLICATE_ANSWER = 'DUPLICATE_ANSWER',
  ANSWER_OUT_OF_RANGE = 'ANSWER_OUT_OF_RANGE',
  ANSWERS_MISSING = 'ANSWERS_MISSING',
  /** Also for someone else's attempt. */
  ATTEMPT_NOT_FOUND = 'ATTEMPT_NOT_FOUND',
  ALREADY_SUBMITTED = 'ALREADY_SUBMITTED',
  INVALID_QUESTIONNAIRE = 'INVALID_QUESTIONNAIRE',
}

export const BoundarySpannerException = domainException('BoundarySpannerException', {
  QUESTIONNAIRE_NOT_FOUND: ErrorKind.NOT_FOUND,
  VERSION_NOT_CURRENT: ErrorKind.BAD_USER_INPUT,
  UNKNOWN_ITEM: ErrorKind.BAD_USER_INPUT,
  DUPLICATE_ANSWER: ErrorKind.BAD_USER_INPUT,
  ANSWER_OUT_OF_RANGE: ErrorKind.BAD_USER_INPUT,
  ANSWERS_MISSING: ErrorKind.BAD_USER_INPUT,
  ATTEMPT_NOT_FOUND: ErrorKind.NOT_FOUND,
  ALREADY_SUBMITTED: ErrorKind.CONFLICT,
  INVALID_QUESTIONNAIRE: ErrorKind.BAD_USER_INPUT,
} satisfies Record<BoundarySpannerErrorCode, ErrorKind>);
