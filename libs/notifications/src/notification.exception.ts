import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum NotificationErrorCode {
  /** A preference out of range (weekday, time, language, frequency, channel). */
  INVALID_SETTINGS = 'INVALID_SETTINGS',
  /** A CoP mode for a CoP the member is not an active member of. */
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
  /** An unsubscribe link that is malformed, tampered with or for a member who is gone. */
  UNSUBSCRIBE_LINK_INVALID = 'UNSUBSCRIBE_LINK_INVALID',
}

export const NotificationException = domainException('NotificationException', {
  INVALID_SETTINGS: ErrorKind.BAD_USER_INPUT,
  NOT_A_MEMBER: ErrorKind.BAD_USER_INPUT,
  NOTIFICATION_NOT_FOUND: ErrorKind.NOT_FOUND,
  UNSUBSCRIBE_LINK_INVALID: ErrorKind.BAD_USER_INPUT,
} satisfies Record<NotificationErrorCode, ErrorKind>);
