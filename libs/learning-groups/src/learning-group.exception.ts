import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum LearningGroupErrorCode {
  /** Also for a programme, application or leergroep the viewer may not see. */
  PROGRAMME_NOT_FOUND = 'PROGRAMME_NOT_FOUND',
  PROGRAMME_IN_USE = 'PROGRAMME_IN_USE',
  LEARNING_GROUP_NOT_FOUND = 'LEARNING_GROUP_NOT_FOUND',
  APPLICATION_NOT_FOUND = 'APPLICATION_NOT_FOUND',
  INVALID_PROGRAMME = 'INVALID_PROGRAMME',
  INVALID_LEARNING_GROUP = 'INVALID_LEARNING_GROUP',
  FACILITATOR_REQUIRED = 'FACILITATOR_REQUIRED',
  NOT_OPEN_FOR_APPLICATIONS = 'NOT_OPEN_FOR_APPLICATIONS',
  ALREADY_APPLIED = 'ALREADY_APPLIED',
  COMPOSITION_CLOSED = 'COMPOSITION_CLOSED',
  NO_PROPOSAL = 'NO_PROPOSAL',
  NOT_IN_PROPOSAL = 'NOT_IN_PROPOSAL',
  GROUP_SIZE_OUT_OF_RANGE = 'GROUP_SIZE_OUT_OF_RANGE',
  MEMBER_IN_RUNNING_GROUP = 'MEMBER_IN_RUNNING_GROUP',
}

export const LearningGroupException = domainException('LearningGroupException', {
  PROGRAMME_NOT_FOUND: ErrorKind.NOT_FOUND,
  PROGRAMME_IN_USE: ErrorKind.CONFLICT,
  LEARNING_GROUP_NOT_FOUND: ErrorKind.NOT_FOUND,
  APPLICATION_NOT_FOUND: ErrorKind.NOT_FOUND,
  INVALID_PROGRAMME: ErrorKind.BAD_USER_INPUT,
  INVALID_LEARNING_GROUP: ErrorKind.BAD_USER_INPUT,
  FACILITATOR_REQUIRED: ErrorKind.FORBIDDEN,
  NOT_OPEN_FOR_APPLICATIONS: ErrorKind.CONFLICT,
  ALREADY_APPLIED: ErrorKind.CONFLICT,
  COMPOSITION_CLOSED: ErrorKind.CONFLICT,
  NO_PROPOSAL: ErrorKind.CONFLICT,
  NOT_IN_PROPOSAL: ErrorKind.BAD_USER_INPUT,
  GROUP_SIZE_OUT_OF_RANGE: ErrorKind.BAD_USER_INPUT,
  MEMBER_IN_RUNNING_GROUP: ErrorKind.CONFLICT,
} satisfies Record<LearningGroupErrorCode, ErrorKind>);

export const learningGroupNotFound = () =>
  new LearningGroupException(
    LearningGroupErrorCode.LEARNING_GROUP_NOT_FOUND,
    'Learning group not found.',
  );

export const programmeNotFound = () =>
  new LearningGroupException(LearningGroupErrorCode.PROGRAMME_NOT_FOUND, 'Programme not found.');
