import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum IdentityErrorCode {
  SIGN_IN_LINK_INVALID = 'SIGN_IN_LINK_INVALID',
  SIGN_IN_LINK_USED = 'SIGN_IN_LINK_USED',
  SIGN_IN_LINK_EXPIRED = 'SIGN_IN_LINK_EXPIRED',
  TOO_MANY_SIGN_IN_REQUESTS = 'TOO_MANY_SIGN_IN_REQUESTS',
}

export const IdentityException = domainException('IdentityException', {
  SIGN_IN_LINK_INVALID: ErrorKind.BAD_USER_INPUT,
  SIGN_IN_LINK_USED: ErrorKind.BAD_USER_INPUT,
  SIGN_IN_LINK_EXPIRED: ErrorKind.BAD_USER_INPUT,
  TOO_MANY_SIGN_IN_REQUESTS: ErrorKind.RATE_LIMITED,
} satisfies Record<IdentityErrorCode, ErrorKind>);
