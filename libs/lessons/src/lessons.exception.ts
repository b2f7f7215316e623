import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum LessonsErrorCode {
  /** Also for a lesson the viewer may not read. */
  LESSON_NOT_FOUND = 'LESSON_NOT_FOUND',
}

export const LessonsException = domainException('LessonsException', {
  LESSON_NOT_FOUND: ErrorKind.NOT_FOUND,
} satisfies Record<LessonsErrorCode, ErrorKind>);
