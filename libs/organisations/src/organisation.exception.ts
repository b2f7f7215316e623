import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum OrganisationErrorCode {
  ORGANISATION_NOT_FOUND = 'ORGANISATION_NOT_FOUND',
  /** An id in a change's input names no organisation. */
  UNKNOWN_ORGANISATION = 'UNKNOWN_ORGANISATION',
  NAME_REQUIRED = 'NAME_REQUIRED',
  PARENT_NOT_FOUND = 'PARENT_NOT_FOUND',
  PARENT_TYPE_NOT_ALLOWED = 'PARENT_TYPE_NOT_ALLOWED',
  /** The new parent is the organisation itself or one of its descendants. */
  PARENT_CYCLE = 'PARENT_CYCLE',
  /** A new type under which the current sub-organisations may not sit. */
  CHILD_TYPE_NOT_ALLOWED = 'CHILD_TYPE_NOT_ALLOWED',
  NAME_TAKEN = 'NAME_TAKEN',
  MERGE_INTO_ITSELF = 'MERGE_INTO_ITSELF',
  MERGE_INTO_DESCENDANT = 'MERGE_INTO_DESCENDANT',
  MERGE_TYPE_MISMATCH = 'MERGE_TYPE_MISMATCH',
  /** Both organisations have a sub-organisation with the same name. */
  MERGE_CHILD_NAME_CLASH = 'MERGE_CHILD_NAME_CLASH',
}

export const OrganisationException = domainException('OrganisationException', {
  ORGANISATION_NOT_FOUND: ErrorKind.NOT_FOUND,
  UNKNOWN_ORGANISATION: ErrorKind.BAD_USER_INPUT,
  NAME_REQUIRED: ErrorKind.BAD_USER_INPUT,
  PARENT_NOT_FOUND: ErrorKind.BAD_USER_INPUT,
  PARENT_TYPE_NOT_ALLOWED: ErrorKind.BAD_USER_INPUT,
  PARENT_CYCLE: ErrorKind.BAD_USER_INPUT,
  CHILD_TYPE_NOT_ALLOWED: ErrorKind.BAD_USER_INPUT,
  NAME_TAKEN: ErrorKind.CONFLICT,
  MERGE_INTO_ITSELF: ErrorKind.BAD_USER_INPUT,
  MERGE_INTO_DESCENDANT: ErrorKind.BAD_USER_INPUT,
  MERGE_TYPE_MISMATCH: ErrorKind.BAD_USER_INPUT,
  MERGE_CHILD_NAME_CLASH: ErrorKind.BAD_USER_INPUT,
} satisfies Record<OrganisationErrorCode, ErrorKind>);
