import { domainException, ErrorKind } from '@leerhuis/platform-graphql';

export enum CoffeeDateErrorCode {
  ROUND_NOT_FOUND = 'ROUND_NOT_FOUND',
  /** Opting in to a round whose sign-up has closed. */
  ROUND_NOT_OPEN = 'ROUND_NOT_OPEN',
  /** An admin step out of order (e.g. closing a round that was never matched twice over). */
  ROUND_STATE = 'ROUND_STATE',
  ROUND_CLOSED = 'ROUND_CLOSED',
  CANNOT_BLOCK_YOURSELF = 'CANNOT_BLOCK_YOURSELF',
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  PAUSE_OUT_OF_RANGE = 'PAUSE_OUT_OF_RANGE',
  RATING_OUT_OF_RANGE = 'RATING_OUT_OF_RANGE',
  MATCH_NOT_FOUND = 'MATCH_NOT_FOUND',
  /** A match (or its feedback) that belongs to other members. */
  NOT_YOUR_MATCH = 'NOT_YOUR_MATCH',
  MATCH_DISSOLVED = 'MATCH_DISSOLVED',
  ALREADY_DECLINED = 'ALREADY_DECLINED',
  LINK_INVALID = 'LINK_INVALID',
  LINK_EXPIRED = 'LINK_EXPIRED',
  /** A single-use link (decline, join) that was used before. */
  LINK_USED = 'LINK_USED',
  TEAM_SIZE = 'TEAM_SIZE',
  TEAM_DATE = 'TEAM_DATE',
  NOT_TEAM_COORDINATOR = 'NOT_TEAM_COORDINATOR',
}

export const CoffeeDateException = domainException('CoffeeDateException', {
  ROUND_NOT_FOUND: ErrorKind.NOT_FOUND,
  ROUND_NOT_OPEN: ErrorKind.CONFLICT,
  ROUND_STATE: ErrorKind.CONFLICT,
  ROUND_CLOSED: ErrorKind.CONFLICT,
  CANNOT_BLOCK_YOURSELF: ErrorKind.BAD_USER_INPUT,
  MEMBER_NOT_FOUND: ErrorKind.BAD_USER_INPUT,
  PAUSE_OUT_OF_RANGE: ErrorKind.BAD_USER_INPUT,
  RATING_OUT_OF_RANGE: ErrorKind.BAD_USER_INPUT,
  MATCH_NOT_FOUND: ErrorKind.NOT_FOUND,
  NOT_YOUR_MATCH: ErrorKind.FORBIDDEN,
  MATCH_DISSOLVED: ErrorKind.CONFLICT,
  ALREADY_DECLINED: ErrorKind.CONFLICT,
  LINK_INVALID: ErrorKind.BAD_USER_INPUT,
  LINK_EXPIRED: ErrorKind.BAD_USER_INPUT,
  LINK_USED: ErrorKind.CONFLICT,
  TEAM_SIZE: ErrorKind.BAD_USER_INPUT,
  TEAM_DATE: ErrorKind.BAD_USER_INPUT,
  NOT_TEAM_COORDINATOR: ErrorKind.FORBIDDEN,
} satisfies Record<CoffeeDateErrorCode, ErrorKind>);

export const roundNotFound = () =>
  new CoffeeDateException(CoffeeDateErrorCode.ROUND_NOT_FOUND, 'Koffiedate round not found.');

/** Dutch texts for the link pages, by code (the API's own messages are English). */
export const LINK_ERROR_MESSAGES: Partial<Record<CoffeeDateErrorCode, string>> = {
  LINK_INVALID: 'Deze link is niet geldig. Kopieer de hele link uit de e-mail.',
  LINK_EXPIRED: 'Deze link is verlopen: de koffiedateronde is voorbij.',
  LINK_USED: 'Deze link is al gebruikt. Je keuze was al verwerkt.',
  ROUND_NOT_OPEN:
    'De aanmelding voor deze ronde is gesloten. Je kunt je aanmelden voor de volgende.',
  ROUND_CLOSED: 'Deze koffiedateronde is al afgesloten.',
  MATCH_DISSOLVED:
    'Deze match bestaat niet meer: iemand heeft afgezegd. Je hoort per e-mail hoe het verder gaat.',
  ALREADY_DECLINED: 'Je hebt deze koffiedate al afgezegd.',
  RATING_OUT_OF_RANGE: 'Kies een waardering van 1 tot en met 5.',
};
