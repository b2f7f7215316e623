import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum LearningGroupOutputErrorCode {
  /** Also for an output, or a group, the viewer may not see. */
  OUTPUT_NOT_FOUND = 'OUTPUT_NOT_FOUND',
  GROUP_NOT_FOUND = 'GROUP_NOT_FOUND',
  /** The text changed since the version the viewer saw (save or approve). */
  OUTPUT_VERSION_CHANGED = 'OUTPUT_VERSION_CHANGED',
  ALREADY_PUBLISHED = 'ALREADY_PUBLISHED',
  NOT_ALL_APPROVED = 'NOT_ALL_APPROVED',
  GROUP_MEMBER_REQUIRED = 'GROUP_MEMBER_REQUIRED',
  /** The chosen CoP is not one the publisher may post in. */
  CANNOT_PUBLISH_TO_COMMUNITY = 'CANNOT_PUBLISH_TO_COMMUNITY',
}

export const LearningGroupOutputException = domainException('LearningGroupOutputException', {
  OUTPUT_NOT_FOUND: ErrorKind.NOT_FOUND,
  GROUP_NOT_FOUND: ErrorKind.NOT_FOUND,
  OUTPUT_VERSION_CHANGED: ErrorKind.CONFLICT,
  ALREADY_PUBLISHED: ErrorKind.CONFLICT,
  NOT_ALL_APPROVED: ErrorKind.CONFLICT,
  GROUP_MEMBER_REQUIRED: ErrorKind.FORBIDDEN,
  CANNOT_PUBLISH_TO_COMMUNITY: ErrorKind.FORBIDDEN,
} satisfies Record<LearningGroupOutputErrorCode, ErrorKind>);

export const outputNotFound = () =>
  new LearningGroupOutputException(
    LearningGroupOutputErrorCode.OUTPUT_NOT_FOUND,
    'Output not found.',
  );
