import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum MemberErrorCode {
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  UNKNOWN_ORGANISATION = 'UNKNOWN_ORGANISATION',
  PROFILE_ALREADY_COMPLETE = 'PROFILE_ALREADY_COMPLETE',
  LAST_ADMIN = 'LAST_ADMIN',
}

export const MemberException = domainException('MemberException', {
  MEMBER_NOT_FOUND: ErrorKind.NOT_FOUND,
  UNKNOWN_ORGANISATION: ErrorKind.BAD_USER_INPUT,
  PROFILE_ALREADY_COMPLETE: ErrorKind.CONFLICT,
  LAST_ADMIN: ErrorKind.CONFLICT,
} satisfies Record<MemberErrorCode, ErrorKind>);
