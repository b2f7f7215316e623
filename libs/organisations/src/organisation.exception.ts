import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum OrganisationErrorCode {
  ORGANISATION_NOT_FOUND = 'ORGANISATION_NOT_FOUND',
  PARENT_NOT_FOUND = 'PARENT_NOT_FOUND',
  PARENT_TYPE_NOT_ALLOWED = 'PARENT_TYPE_NOT_ALLOWED',
  NAME_TAKEN = 'NAME_TAKEN',
}

export const OrganisationException = domainException('OrganisationException', {
  ORGANISATION_NOT_FOUND: ErrorKind.NOT_FOUND,
  PARENT_NOT_FOUND: ErrorKind.BAD_USER_INPUT,
  PARENT_TYPE_NOT_ALLOWED: ErrorKind.BAD_USER_INPUT,
  NAME_TAKEN: ErrorKind.CONFLICT,
} satisfies Record<OrganisationErrorCode, ErrorKind>);
