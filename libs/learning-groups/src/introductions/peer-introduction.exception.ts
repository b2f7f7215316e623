import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum PeerIntroductionErrorCode {
  /** Also for an introduction the viewer is not part of. */
  INTRODUCTION_NOT_FOUND = 'INTRODUCTION_NOT_FOUND',
  /** Asking without (one of your own) programmes. */
  PROGRAMME_REQUIRED = 'PROGRAMME_REQUIRED',
  PEER_NOT_PROPOSED = 'PEER_NOT_PROPOSED',
  ALREADY_PICKED = 'ALREADY_PICKED',
  ALREADY_ANSWERED = 'ALREADY_ANSWERED',
  /** Only the picked peer answers. */
  NOT_YOUR_INTRODUCTION = 'NOT_YOUR_INTRODUCTION',
}

export const PeerIntroductionException = domainException('PeerIntroductionException', {
  INTRODUCTION_NOT_FOUND: ErrorKind.NOT_FOUND,
  PROGRAMME_REQUIRED: ErrorKind.BAD_USER_INPUT,
  PEER_NOT_PROPOSED: ErrorKind.BAD_USER_INPUT,
  ALREADY_PICKED: ErrorKind.CONFLICT,
  ALREADY_ANSWERED: ErrorKind.CONFLICT,
  NOT_YOUR_INTRODUCTION: ErrorKind.FORBIDDEN,
} satisfies Record<PeerIntroductionErrorCode, ErrorKind>);

export const introductionNotFound = () =>
  new PeerIntroductionException(
    PeerIntroductionErrorCode.INTRODUCTION_NOT_FOUND,
    'Introduction not found.',
  );
