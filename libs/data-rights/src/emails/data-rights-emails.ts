import type { EmailContent } from '@leerhuis/platform-mail';

type Language = 'nl' | 'en';

const DATE = { nl: 'nl-NL', en: 'en-GB' } as const;

function until(date: Date, language: Language): string {
  return date.toLocaleString(DATE[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
}

/** The email with the single-use link to an export. */
export function exportReadyEmail(
  url: string,
  expiresAt: Date,
  language: Language,
): { subject: string; content: EmailContent } {
  const nl = language === 'nl';
  return {
    subject: nl ? 'Je gegevens uit Leerhuis staan klaar' : 'Your data from Leerhuis is ready',
    content: {
      language,
      title: nl ? 'Je gegevens staan klaar' : 'Your data is ready',
      paragraphs: nl
        ? [
            'Je vroeg om alles wat Leerhuis over jou bewaart. Het staat klaar als leesbare pagina en als JSON-bestand.',
            `De link werkt één keer en is geldig tot ${until(expiresAt, language)}. Daarna verwijderen we de kopie.`,
            'Heb je dit niet zelf gevraagd? Open de link dan niet en laat het ons weten.',
          ]
        : [
            'You asked for everything Leerhuis keeps about you. It is ready as a readable page and as a JSON file.',
            `The link works once and is valid until ${until(expiresAt, language)}. After that we delete the copy.`,
            'Did not ask for this? Then do not open the link, and let us know.',
          ],
      action: { label: nl ? 'Open mijn gegevens' : 'Open my data', url },
      reason: nl
        ? 'Je krijgt deze mail omdat je in Leerhuis om je gegevens vroeg.'
        : 'You receive this email because you asked Leerhuis for your data.',
    },
  };
}

/** The email that confirms erasing an account. */
export function confirmErasureEmail(
  url: string,
  expiresAt: Date,
  language: Language,
): { subject: string; content: EmailContent } {
  const nl = language === 'nl';
  return {
    subject: nl
      ? 'Bevestig het verwijderen van je Leerhuis-account'
      : 'Confirm deleting your Leerhuis account',
    content: {
      language,
      title: nl ? 'Account verwijderen' : 'Delete your account',
      paragraphs: nl
        ? [
            'Je vroeg om je Leerhuis-account te verwijderen. Bevestig dat met de knop hieronder.',
            `De link werkt één keer en is geldig tot ${until(expiresAt, language)}.`,
            'Heb je dit niet zelf gevraagd? Negeer deze mail dan; er gebeurt niets.',
          ]
        : [
            'You asked to delete your Leerhuis account. Confirm it with the button below.',
            `The link works once and is valid until ${until(expiresAt, language)}.`,
            'Did not ask for this? Then ignore this email; nothing will happen.',
          ],
      action: { label: nl ? 'Account verwijderen' : 'Delete account', url },
      reason: nl
        ? 'Je krijgt deze mail omdat iemand die bij jouw account is ingelogd vroeg om het te verwijderen.'
        : 'You receive this email because someone signed in to your account asked to delete it.',
    },
  };
}
