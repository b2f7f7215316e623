export type Language = 'nl' | 'en';

/** A title in the in-app list and the batch email. */
export const quote = (value: string) => `‘${value}’`;
/** A title in a digest line. */
export const digestQuote = (value: string) => `“${value}”`;

/** " in <CoP>", left out in the digest, whose line shows the CoP beside it. */
const inCop = (cop: string | null) => (cop ? ` in ${cop}` : '');

/**
 * Every sentence about a notification, nl and en: the full sentence of the in-app list and the
 * batch email, and the shorter lines of the digest (which shows the CoP beside each line).
 * Callers quote titles themselves (`quote`, `digestQuote`).
 */
export const NOTIFICATION_WORDS = {
  nl: {
    someone: 'Iemand',
    removedPost: 'een verwijderd bericht',
    aMeeting: 'een bijeenkomst',
    aCommunity: 'een community',
    mention: (actor: string, thread: string) => `${actor} noemde je in ${thread}`,
    reply: (actor: string, thread: string) => `${actor} reageerde op ${thread}`,
    newThread: (actor: string, cop: string, thread: string) =>
      `${actor} startte ${thread} in ${cop}`,
    newReply: (actor: string, cop: string, thread: string) =>
      `${actor} reageerde in ${cop} op ${thread}`,
    meeting: {
      SCHEDULED: (title: string, cop: string | null) => `Nieuwe bijeenkomst${inCop(cop)}: ${title}`,
      UPDATED: (title: string, cop: string | null) =>
        `Bijeenkomst gewijzigd${inCop(cop)}: ${title}`,
      CANCELLED: (title: string, cop: string | null) =>
        `Bijeenkomst afgelast${inCop(cop)}: ${title}`,
    },
    coffeeDate: 'Een nieuwe koffiedateronde is open: doe je mee?',
    phase: (group: string, phase: string) => `${group}: de fase ${phase} is geopend`,
    digest: {
      communityActivity: (cop: string, thread: string) => `Nieuw in ${cop}: ${thread}`,
      coffeeDate: 'De koffiedate-ronde is open',
      // Says what `phase` says in other words; both are asserted by tests, so both stay for now.
      phase: (group: string, phase: string) => `${group}: fase ${phase} is begonnen`,
    },
  },
  en: {
    someone: 'Someone',
    removedPost: 'a removed post',
    aMeeting: 'a meeting',
    aCommunity: 'a community',
    mention: (actor: string, thread: string) => `${actor} mentioned you in ${thread}`,
    reply: (actor: string, thread: string) => `${actor} replied to ${thread}`,
    newThread: (actor: string, cop: string, thread: string) =>
      `${actor} started ${thread} in ${cop}`,
    newReply: (actor: string, cop: string, thread: string) =>
      `${actor} replied in ${cop} to ${thread}`,
    meeting: {
      SCHEDULED: (title: string, cop: string | null) => `New meeting${inCop(cop)}: ${title}`,
      UPDATED: (title: string, cop: string | null) => `Meeting changed${inCop(cop)}: ${title}`,
      CANCELLED: (title: string, cop: string | null) => `Meeting cancelled${inCop(cop)}: ${title}`,
    },
    coffeeDate: 'A new koffiedate round is open: are you in?',
    phase: (group: string, phase: string) => `${group}: the phase ${phase} has opened`,
    digest: {
      communityActivity: (cop: string, thread: string) => `New in ${cop}: ${thread}`,
      coffeeDate: 'The koffiedate round is open',
      phase: (group: string, phase: string) => `${group}: phase ${phase} has started`,
    },
  },
};
