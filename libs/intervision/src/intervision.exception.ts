import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum IntervisionErrorCode {
  /** Also for a group the viewer is not in: the two are indistinguishable. */
  GROUP_NOT_FOUND = 'GROUP_NOT_FOUND',
  /** Also for a case of a group the viewer is not in. */
  CASE_NOT_FOUND = 'CASE_NOT_FOUND',
  CONTRIBUTION_NOT_FOUND = 'CONTRIBUTION_NOT_FOUND',
  METHOD_NOT_FOUND = 'METHOD_NOT_FOUND',
  METHOD_NOT_EDITABLE = 'METHOD_NOT_EDITABLE',
  MEMBERSHIP_REQUIRED = 'MEMBERSHIP_REQUIRED',
  MODERATOR_REQUIRED = 'MODERATOR_REQUIRED',
  CASE_OWNER_REQUIRED = 'CASE_OWNER_REQUIRED',
  AUTHOR_REQUIRED = 'AUTHOR_REQUIRED',
  COMMUNITY_MEMBER_REQUIRED = 'COMMUNITY_MEMBER_REQUIRED',
  INVITEE_NOT_FOUND = 'INVITEE_NOT_FOUND',
  ALREADY_IN_GROUP = 'ALREADY_IN_GROUP',
  AGREEMENT_NOT_ACCEPTED = 'AGREEMENT_NOT_ACCEPTED',
  AGREEMENT_VERSION_OUTDATED = 'AGREEMENT_VERSION_OUTDATED',
  GROUP_FULL = 'GROUP_FULL',
  GROUP_TOO_SMALL = 'GROUP_TOO_SMALL',
  LAST_MODERATOR = 'LAST_MODERATOR',
  WRONG_CASE_STATE = 'WRONG_CASE_STATE',
  PHASE_STILL_OPEN = 'PHASE_STILL_OPEN',
  PHASE_CLOSED = 'PHASE_CLOSED',
  NO_DEADLINE = 'NO_DEADLINE',
  WRONG_KIND_FOR_PHASE = 'WRONG_KIND_FOR_PHASE',
  CASE_OWNER_LISTENS_ONLY = 'CASE_OWNER_LISTENS_ONLY',
  ROLE_MAY_NOT_WRITE = 'ROLE_MAY_NOT_WRITE',
  CONTRIBUTION_LOCKED = 'CONTRIBUTION_LOCKED',
  REFLECTION_REQUIRED = 'REFLECTION_REQUIRED',
  LESSONS_REQUIRED = 'LESSONS_REQUIRED',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  NO_COMMUNITY = 'NO_COMMUNITY',
  /** communityId and learningGroupId given together. */
  ONE_CONTEXT_ONLY = 'ONE_CONTEXT_ONLY',
  /** An unknown leergroep in an input or argument. */
  LEARNING_GROUP_NOT_FOUND = 'LEARNING_GROUP_NOT_FOUND',
  /** The viewer is not a participant of the leergroep (creating or listing its groups). */
  LEARNING_GROUP_PARTICIPANT_REQUIRED = 'LEARNING_GROUP_PARTICIPANT_REQUIRED',
  /** The invitee is not a participant of the group's leergroep. */
  INVITEE_NOT_IN_LEARNING_GROUP = 'INVITEE_NOT_IN_LEARNING_GROUP',
  /** Removing someone who is not (or no longer) in the group or invited. */
  NOT_IN_GROUP = 'NOT_IN_GROUP',
  /** A moderator removing themselves: leaving is the way out. */
  CANNOT_REMOVE_SELF = 'CANNOT_REMOVE_SELF',
}

export const IntervisionException = domainException('IntervisionException', {
  GROUP_NOT_FOUND: ErrorKind.NOT_FOUND,
  CASE_NOT_FOUND: ErrorKind.NOT_FOUND,
  CONTRIBUTION_NOT_FOUND: ErrorKind.NOT_FOUND,
  METHOD_NOT_FOUND: ErrorKind.NOT_FOUND,
  METHOD_NOT_EDITABLE: ErrorKind.FORBIDDEN,
  MEMBERSHIP_REQUIRED: ErrorKind.FORBIDDEN,
  MODERATOR_REQUIRED: ErrorKind.FORBIDDEN,
  CASE_OWNER_REQUIRED: ErrorKind.FORBIDDEN,
  AUTHOR_REQUIRED: ErrorKind.FORBIDDEN,
  COMMUNITY_MEMBER_REQUIRED: ErrorKind.BAD_USER_INPUT,
  INVITEE_NOT_FOUND: ErrorKind.BAD_USER_INPUT,
  ALREADY_IN_GROUP: ErrorKind.CONFLICT,
  AGREEMENT_NOT_ACCEPTED: ErrorKind.BAD_USER_INPUT,
  AGREEMENT_VERSION_OUTDATED: ErrorKind.CONFLICT,
  GROUP_FULL: ErrorKind.CONFLICT,
  GROUP_TOO_SMALL: ErrorKind.CONFLICT,
  LAST_MODERATOR: ErrorKind.CONFLICT,
  WRONG_CASE_STATE: ErrorKind.CONFLICT,
  PHASE_STILL_OPEN: ErrorKind.CONFLICT,
  PHASE_CLOSED: ErrorKind.CONFLICT,
  NO_DEADLINE: ErrorKind.BAD_USER_INPUT,
  WRONG_KIND_FOR_PHASE: ErrorKind.BAD_USER_INPUT,
  CASE_OWNER_LISTENS_ONLY: ErrorKind.FORBIDDEN,
  ROLE_MAY_NOT_WRITE: ErrorKind.FORBIDDEN,
  CONTRIBUTION_LOCKED: ErrorKind.CONFLICT,
  REFLECTION_REQUIRED: ErrorKind.CONFLICT,
  LESSONS_REQUIRED: ErrorKind.CONFLICT,
  CONSENT_REQUIRED: ErrorKind.FORBIDDEN,
  NO_COMMUNITY: ErrorKind.BAD_USER_INPUT,
  ONE_CONTEXT_ONLY: ErrorKind.BAD_USER_INPUT,
  LEARNING_GROUP_NOT_FOUND: ErrorKind.BAD_USER_INPUT,
  LEARNING_GROUP_PARTICIPANT_REQUIRED: ErrorKind.FORBIDDEN,
  INVITEE_NOT_IN_LEARNING_GROUP: ErrorKind.BAD_USER_INPUT,
  NOT_IN_GROUP: ErrorKind.BAD_USER_INPUT,
  CANNOT_REMOVE_SELF: ErrorKind.BAD_USER_INPUT,
} satisfies Record<IntervisionErrorCode, ErrorKind>);

/** The one answer for "does not exist" and "you may not know it exists"; never content. */
export const groupNotFound = () =>
  new IntervisionException(IntervisionErrorCode.GROUP_NOT_FOUND, 'Intervision group not found.');
export const caseNotFound = () =>
  new IntervisionException(IntervisionErrorCode.CASE_NOT_FOUND, 'Case not found.');

export const wrongState = (message: string) =>
  new IntervisionException(IntervisionErrorCode.WRONG_CASE_STATE, message);

export const phaseClosed = () =>
  new IntervisionException(IntervisionErrorCode.PHASE_CLOSED, 'No phase of this case is open.');
