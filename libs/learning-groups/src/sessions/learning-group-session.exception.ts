import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum LearningGroupSessionErrorCode {
  /** Also for a session of a group the viewer is not part of. */
  SESSION_NOT_FOUND = 'SESSION_NOT_FOUND',
  /** A leergroep's group the viewer is not a member of (nor its facilitator). */
  NOT_IN_GROUP = 'NOT_IN_GROUP',
  FACILITATOR_REQUIRED = 'FACILITATOR_REQUIRED',
  INVALID_SESSION = 'INVALID_SESSION',
  /** Rode draden: for the leergroep's participants (and admins). */
  NOT_A_PARTICIPANT = 'NOT_A_PARTICIPANT',
  THREAD_NOT_FOUND = 'THREAD_NOT_FOUND',
  INVALID_THREAD = 'INVALID_THREAD',
  NOT_THREAD_AUTHOR = 'NOT_THREAD_AUTHOR',
  /** Reflections: after the session, once, editable until the next session. */
  SESSION_NOT_ENDED = 'SESSION_NOT_ENDED',
  ALREADY_REFLECTED = 'ALREADY_REFLECTED',
  REFLECTION_NOT_FOUND = 'REFLECTION_NOT_FOUND',
  REFLECTION_CLOSED = 'REFLECTION_CLOSED',
  MEMBERS_ONLY = 'MEMBERS_ONLY',
}

export const LearningGroupSessionException = domainException('LearningGroupSessionException', {
  SESSION_NOT_FOUND: ErrorKind.NOT_FOUND,
  NOT_IN_GROUP: ErrorKind.FORBIDDEN,
  FACILITATOR_REQUIRED: ErrorKind.FORBIDDEN,
  INVALID_SESSION: ErrorKind.BAD_USER_INPUT,
  NOT_A_PARTICIPANT: ErrorKind.FORBIDDEN,
  THREAD_NOT_FOUND: ErrorKind.NOT_FOUND,
  INVALID_THREAD: ErrorKind.BAD_USER_INPUT,
  NOT_THREAD_AUTHOR: ErrorKind.FORBIDDEN,
  SESSION_NOT_ENDED: ErrorKind.CONFLICT,
  ALREADY_REFLECTED: ErrorKind.CONFLICT,
  REFLECTION_NOT_FOUND: ErrorKind.NOT_FOUND,
  REFLECTION_CLOSED: ErrorKind.CONFLICT,
  MEMBERS_ONLY: ErrorKind.FORBIDDEN,
} satisfies Record<LearningGroupSessionErrorCode, ErrorKind>);

export const sessionNotFound = () =>
  new LearningGroupSessionException(
    LearningGroupSessionErrorCode.SESSION_NOT_FOUND,
    'Session not found.',
  );
