import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum EmailDeliveryErrorCode {
  /** The viewer's address is not suppressed: there is nothing to confirm. */
  NOT_SUPPRESSED = 'NOT_SUPPRESSED',
  CONFIRMATION_LINK_INVALID = 'CONFIRMATION_LINK_INVALID',
  CONFIRMATION_LINK_EXPIRED = 'CONFIRMATION_LINK_EXPIRED',
  TOO_MANY_CONFIRMATION_REQUESTS = 'TOO_MANY_CONFIRMATION_REQUESTS',
  /** Admins: lifting an address that is not (or no longer) suppressed. */
  SUPPRESSION_NOT_FOUND = 'SUPPRESSION_NOT_FOUND',
}

export const EmailDeliveryException = domainException('EmailDeliveryException', {
  NOT_SUPPRESSED: ErrorKind.CONFLICT,
  CONFIRMATION_LINK_INVALID: ErrorKind.BAD_USER_INPUT,
  CONFIRMATION_LINK_EXPIRED: ErrorKind.BAD_USER_INPUT,
  TOO_MANY_CONFIRMATION_REQUESTS: ErrorKind.RATE_LIMITED,
  SUPPRESSION_NOT_FOUND: ErrorKind.NOT_FOUND,
} satisfies Record<EmailDeliveryErrorCode, ErrorKind>);
