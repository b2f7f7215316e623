import { AMSTERDAM_TIME_ZONE } from '@leerhuis/platform-calendar';

export type Language = 'nl' | 'en';

/** When and where a meeting is, as its emails say it. */
export interface MeetingWhenWhere {
  startsAt: Date;
  endsAt: Date;
  address: string | null;
  onlineUrl: string | null;
}

/** The label of the link to the meeting's page. */
export const VIEW_MEETING = {
  nl: 'Bekijk de bijeenkomst',
  en: 'View the meeting',
} satisfies Record<Language, string>;

/** Why a member of the meeting's CoP gets its invitation or cancellation. */
export const MEMBER_REASON = {
  nl: 'Je krijgt deze mail omdat je lid bent van deze community in Leerhuis.',
  en: 'You receive this email because you are a member of this community on Leerhuis.',
} satisfies Record<Language, string>;

/** "zondag 28 maart 2027, 10:00–12:00" on the Amsterdam clock, in the member's language. */
export function describeTime(meeting: MeetingWhenWhere, language: Language): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: AMSTERDAM_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(meeting.startsAt);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: AMSTERDAM_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const when = `${day}, ${time.format(meeting.startsAt)}–${time.format(meeting.endsAt)}`;
  return language === 'en' ? `When: ${when} (Amsterdam time)` : `Wanneer: ${when}`;
}

export function placeLine(meeting: MeetingWhenWhere, language: Language): string {
  const where = meeting.address ?? meeting.onlineUrl ?? '';
  if (language === 'en') return meeting.address ? `Where: ${where}` : `Online: ${where}`;
  return meeting.address ? `Waar: ${where}` : `Online: ${where}`;
}
