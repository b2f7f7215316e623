import { AMSTERDAM_TIME_ZONE } from '@leerhuis/platform-calendar';

export type Language = 'nl' | 'en';

export interface Link {
  label: string;
  url: string;
}

/** The round as its emails name it: by month. */
export interface RoundMonth {
  /** `YYYY-MM`, when the round has one. */
  period: string | null;
  opensAt: Date;
}

/** The pause and unsubscribe links every koffiedate email ends with. */
export interface StandingLinks {
  pause: string;
  unsubscribe: string;
}

/** Why a member who signed up gets the match, "no match" and reminder emails. */
export const SIGNED_UP_REASON = {
  nl: 'Je krijgt deze mail omdat je je hebt aangemeld voor de koffiedate in Leerhuis.',
  en: 'You receive this email because you signed up for the koffiedate on Leerhuis.',
} satisfies Record<Language, string>;

/** The label of the link to the member's koffiedate page. */
export const YOUR_KOFFIEDATE = { nl: 'Je koffiedate', en: 'Your koffiedate' } satisfies Record<
  Language,
  string
>;

export function standingLinkList(links: StandingLinks, language: Language): Link[] {
  const en = language === 'en';
  return [
    { label: en ? 'Pause koffiedates' : 'Koffiedates pauzeren', url: links.pause },
    {
      label: en ? 'Unsubscribe from koffiedates' : 'Afmelden voor koffiedates',
      url: links.unsubscribe,
    },
  ];
}

// Formatters are made once per language and shape: creating one costs more than formatting
// (a tenth of a 50,000-email round's CPU time went into creating them).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
      timeZone: AMSTERDAM_TIME_ZONE,
      ...options,
    });
    formatters.set(key, made);
  }
  return made;
}

export function monthName(round: RoundMonth, language: Language): string {
  const date = round.period ? new Date(`${round.period}-15T12:00:00Z`) : round.opensAt;
  return formatter(language, { month: 'long', year: 'numeric' }).format(date);
}

export function describeDay(instant: Date, language: Language): string {
  return formatter(language, { weekday: 'long', day: 'numeric', month: 'long' }).format(instant);
}

export function describeSlot(start: Date, language: Language): string {
  const day = formatter(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(start);
  const time = formatter(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day}, ${time.format(start)}–${time.format(new Date(start.getTime() + 30 * 60_000))}`;
}

/** Adds the links as a list under the text (HTML) and as "label: url" lines (plain text). */
export function withLinks(rendered: { html: string; text: string }, links: Link[]) {
  const escape = (v: string) =>
    v.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const html = `<ul style="margin:0 0 16px;padding-left:20px">${links
    .map((l) => `<li style="margin:0 0 8px"><a href="${escape(l.url)}">${escape(l.label)}</a></li>`)
    .join('')}</ul>`;
  const text = links.map((l) => `${l.label}: ${l.url}`).join('\n');
  return {
    html: rendered.html.replace('<hr style=', `${html}\n<hr style=`),
    text: rendered.text.replace(/\n--\n/, `\n${text}\n\n--\n`),
  };
}
