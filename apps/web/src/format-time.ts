import type { Language } from './i18n';

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

// One formatter per style and language: Intl.DateTimeFormat is costly to build in lists.
const STYLES = {
  /** "maandag 23 november 08:00": when something happens. */
  moment: {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  /** "23 nov. 08:00": timestamps in tables. */
  shortMoment: {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  /** "23 november 2026". */
  longDate: { day: 'numeric', month: 'long', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type Style = keyof typeof STYLES;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** An instant on the Amsterdam clock, as a Dutch or English reader expects it. */
export function formatInstant(iso: string, lang: Language, style: Style): string {
  const key = `${style}:${lang}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE[lang], {
      ...STYLES[style],
      timeZone: 'Europe/Amsterdam',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}
