import { AMSTERDAM_TIME_ZONE } from '@leerhuis/platform-calendar';

const dateFormat = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    timeZone: AMSTERDAM_TIME_ZONE,
    day: 'numeric',
    month: 'long',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: AMSTERDAM_TIME_ZONE,
    day: 'numeric',
    month: 'long',
  }),
};
const dateTimeFormat = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    timeZone: AMSTERDAM_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: AMSTERDAM_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
};

/** The digest's heading, which its subject starts with. */
const TITLE = { nl: 'Je overzicht van Leerhuis', en: 'Your Leerhuis overview' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every sentence of the digest, nl and en. */
export const TEXT = {
  nl: {
    subject: (parts: string[]) => `${TITLE.nl}: ${parts.join(', ')}`,
    title: TITLE.nl,
    intro: (name: string, since: Date) =>
      `Hallo ${name}, dit is er nieuw sinds ${dateFormat.nl.format(since)}.`,
    frequency: {
      DAILY: 'dagelijkse',
      WEEKLY: 'wekelijkse',
      BIWEEKLY: 'tweewekelijkse',
      MONTHLY: 'maandelijkse',
      NEVER: '',
    },
    reason: (frequency: string, cops: string) =>
      `Je krijgt dit ${frequency} overzicht omdat je lid bent van ${cops}.`,
    andOthers: (list: string[], rest: number) =>
      rest > 0 ? `${list.join(', ')} en ${plural(rest, 'andere', 'andere')}` : joinAnd(list, 'en'),
    platform: 'Leerhuis',
    parts: {
      notifications: (n: number) => plural(n, 'melding voor jou', 'meldingen voor jou'),
      threads: (n: number) => plural(n, 'nieuwe discussie', 'nieuwe discussies'),
      meetings: (n: number) => plural(n, 'bijeenkomst', 'bijeenkomsten'),
      lessons: (n: number) => plural(n, 'nieuwe les', 'nieuwe lessen'),
      members: (n: number) => plural(n, 'nieuw lid', 'nieuwe leden'),
      coffee: 'koffiedate',
    },
    headings: {
      notifications: 'Voor jou',
      threads: 'Nieuwe en actieve discussies',
      meetings: 'Bijeenkomsten in de komende vier weken',
      lessons: 'Nieuwe oogst en gepubliceerde lessen',
      intervision: 'Lessen uit intervisie',
      coffee: 'Koffiedate',
      members: 'Nieuwe leden',
    },
    threadMeta: (cop: string, isNew: boolean, replies: number) =>
      [
        cop,
        isNew ? 'nieuw' : null,
        replies ? plural(replies, 'nieuwe reactie', 'nieuwe reacties') : null,
      ]
        .filter(Boolean)
        .join(' · '),
    meetingMeta: (cop: string, at: Date, isNew: boolean, changed: boolean) =>
      [cop, dateTimeFormat.nl.format(at), isNew ? 'nieuw' : changed ? 'gewijzigd' : null]
        .filter(Boolean)
        .join(' · '),
    lessonMeta: (cop: string | null, platformWide: boolean) =>
      [cop, platformWide ? 'gedeeld met heel Leerhuis' : null].filter(Boolean).join(' · '),
    intervisionTitle: (method: string, month: string) => `Intervisieles (${method}, ${month})`,
    intervisionMeta: 'Anoniem gedeeld met toestemming van de inbrenger',
    coffeeTitle: 'De koffiedate-ronde van deze maand is open',
    coffeeMeta: (deadline: Date) => `Aanmelden kan tot ${dateTimeFormat.nl.format(deadline)}`,
    membersTitle: (cop: string, n: number) => `${cop}: ${plural(n, 'nieuw lid', 'nieuwe leden')}`,
    membersMeta: (names: string[], n: number) =>
      n > names.length
        ? `${names.join(', ')} en ${n - names.length} anderen`
        : joinAnd(names, 'en'),
    more: (n: number) => plural(n, 'ander item', 'andere items'),
  },
  en: {
    subject: (parts: string[]) => `${TITLE.en}: ${parts.join(', ')}`,
    title: TITLE.en,
    intro: (name: string, since: Date) =>
      `Hello ${name}, this is what is new since ${dateFormat.en.format(since)}.`,
    frequency: {
      DAILY: 'daily',
      WEEKLY: 'weekly',
      BIWEEKLY: 'fortnightly',
      MONTHLY: 'monthly',
      NEVER: '',
    },
    reason: (frequency: string, cops: string) =>
      `You get this ${frequency} overview because you are a member of ${cops}.`,
    andOthers: (list: string[], rest: number) =>
      rest > 0 ? `${list.join(', ')} and ${rest} more` : joinAnd(list, 'and'),
    platform: 'Leerhuis',
    parts: {
      notifications: (n: number) => plural(n, 'notification for you', 'notifications for you'),
      threads: (n: number) => plural(n, 'new discussion', 'new discussions'),
      meetings: (n: number) => plural(n, 'meeting', 'meetings'),
      lessons: (n: number) => plural(n, 'new lesson', 'new lessons'),
      members: (n: number) => plural(n, 'new member', 'new members'),
      coffee: 'koffiedate',
    },
    headings: {
      notifications: 'For you',
      threads: 'New and active discussions',
      meetings: 'Meetings in the next four weeks',
      lessons: 'New harvest and published lessons',
      intervision: 'Lessons from intervisie',
      coffee: 'Koffiedate',
      members: 'New members',
    },
    threadMeta: (cop: string, isNew: boolean, replies: number) =>
      [cop, isNew ? 'new' : null, replies ? plural(replies, 'new reply', 'new replies') : null]
        .filter(Boolean)
        .join(' · '),
    meetingMeta: (cop: string, at: Date, isNew: boolean, changed: boolean) =>
      [cop, dateTimeFormat.en.format(at), isNew ? 'new' : changed ? 'changed' : null]
        .filter(Boolean)
        .join(' · '),
    lessonMeta: (cop: string | null, platformWide: boolean) =>
      [cop, platformWide ? 'shared with all of Leerhuis' : null].filter(Boolean).join(' · '),
    intervisionTitle: (method: string, month: string) => `Intervisie lesson (${method}, ${month})`,
    intervisionMeta: 'Shared anonymously with the case owner’s consent',
    coffeeTitle: 'This month’s koffiedate round is open',
    coffeeMeta: (deadline: Date) => `Sign up until ${dateTimeFormat.en.format(deadline)}`,
    membersTitle: (cop: string, n: number) => `${cop}: ${plural(n, 'new member', 'new members')}`,
    membersMeta: (names: string[], n: number) =>
      n > names.length
        ? `${names.join(', ')} and ${n - names.length} others`
        : joinAnd(names, 'and'),
    more: (n: number) => plural(n, 'more item', 'more items'),
  },
};

export function joinAnd(list: string[], and: string): string {
  return list.length <= 1
    ? (list[0] ?? '')
    : `${list.slice(0, -1).join(', ')} ${and} ${list.at(-1)}`;
}

export type DigestWords = (typeof TEXT)['nl'];
