import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum DiscussionErrorCode {
  /** Also for a thread in a hidden CoP, or a hidden thread, the viewer may not see. */
  THREAD_NOT_FOUND = 'THREAD_NOT_FOUND',
  POST_NOT_FOUND = 'POST_NOT_FOUND',
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  TITLE_LENGTH = 'TITLE_LENGTH',
  BODY_LENGTH = 'BODY_LENGTH',
  REASON_LENGTH = 'REASON_LENGTH',
  THREAD_LOCKED = 'THREAD_LOCKED',
  THREAD_HIDDEN = 'THREAD_HIDDEN',
  THREAD_DELETED = 'THREAD_DELETED',
  POST_DELETED = 'POST_DELETED',
  POST_HIDDEN = 'POST_HIDDEN',
  NOT_AUTHOR = 'NOT_AUTHOR',
  ALREADY_REPORTED = 'ALREADY_REPORTED',
  REPORT_RESOLVED = 'REPORT_RESOLVED',
  /** Mention candidates need exactly one of threadId and communityId. */
  MENTION_SCOPE = 'MENTION_SCOPE',
}

export const DiscussionException = domainException('DiscussionException', {
  THREAD_NOT_FOUND: ErrorKind.NOT_FOUND,
  POST_NOT_FOUND: ErrorKind.NOT_FOUND,
  REPORT_NOT_FOUND: ErrorKind.NOT_FOUND,
  TITLE_LENGTH: ErrorKind.BAD_USER_INPUT,
  BODY_LENGTH: ErrorKind.BAD_USER_INPUT,
  REASON_LENGTH: ErrorKind.BAD_USER_INPUT,
  THREAD_LOCKED: ErrorKind.CONFLICT,
  THREAD_HIDDEN: ErrorKind.CONFLICT,
  THREAD_DELETED: ErrorKind.CONFLICT,
  POST_DELETED: ErrorKind.CONFLICT,
  POST_HIDDEN: ErrorKind.CONFLICT,
  NOT_AUTHOR: ErrorKind.FORBIDDEN,
  ALREADY_REPORTED: ErrorKind.CONFLICT,
  REPORT_RESOLVED: ErrorKind.CONFLICT,
  MENTION_SCOPE: ErrorKind.BAD_USER_INPUT,
} satisfies Record<DiscussionErrorCode, ErrorKind>);

export const threadNotFound = () =>
  new DiscussionException(DiscussionErrorCode.THREAD_NOT_FOUND, 'Thread not found.');

export const postNotFound = () =>
  new DiscussionException(DiscussionErrorCode.POST_NOT_FOUND, 'Post not found.');

export const TITLE = { min: 3, max: 200 };
export const BODY = { min: 1, max: 20_000 };
export const REASON = { min: 1, max: 500 };

/** Trims and checks a text's length; a specific code and the offending field otherwise. */
export function checkLength(
  value: string,
  limits: { min: number; max: number },
  field: string,
  code: DiscussionErrorCode,
): string {
  const trimmed = value.trim();
  if (trimmed.length < limits.min || trimmed.length > limits.max) {
    const message = `${field} must be ${limits.min} to ${limits.max} characters (it is ${trimmed.length}).`;
    throw new DiscussionException(code, message, [{ field, message }]);
  }
  return trimmed;
}
