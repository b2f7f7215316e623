import type { EmailContent } from '@leerhuis/platform-mail';

/** A data-rights email: content the Mailer renders. */
export interface DataRightsEmail {
  subject: string;
  content: EmailContent;
}

export type Language = 'nl' | 'en';

const DATE = { nl: 'nl-NL', en: 'en-GB' } as const;

/** "13 december 2026 om 14:00": until when a link works. */
function until(date: Date, language: Language): string {
  return date.toLocaleString(DATE[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
}

/** How long the single-use link in a data-rights email works. */
export function linkValidUntil(date: Date, language: Language): string {
  return language === 'nl'
    ? `De link werkt één keer en is geldig tot ${until(date, language)}.`
    : `The link works once and is valid until ${until(date, language)}.`;
}
