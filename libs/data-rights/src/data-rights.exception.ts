import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum DataRightsErrorCode {
  /** The last coordinator / moderator / facilitator must hand over first. */
  HAND_OVER_FIRST = 'HAND_OVER_FIRST',
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  LINK_INVALID = 'LINK_INVALID',
  LINK_USED = 'LINK_USED',
  LINK_EXPIRED = 'LINK_EXPIRED',
}

export const DataRightsException = domainException<DataRightsErrorCode>('DataRightsException', {
  HAND_OVER_FIRST: ErrorKind.CONFLICT,
  MEMBER_NOT_FOUND: ErrorKind.NOT_FOUND,
  LINK_INVALID: ErrorKind.BAD_USER_INPUT,
  LINK_USED: ErrorKind.CONFLICT,
  LINK_EXPIRED: ErrorKind.BAD_USER_INPUT,
});
