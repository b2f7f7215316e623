import { type DataRightsEmail, type Language, linkValidUntil } from './data-rights-email-parts';

/** The email with the single-use link to an export. */
export function exportReadyEmail(
  data: { url: string; expiresAt: Date },
  language: Language,
): DataRightsEmail {
  const { url, expiresAt } = data;
  const nl = language === 'nl';
  return {
    subject: nl ? 'Je gegevens uit Leerhuis staan klaar' : 'Your data from Leerhuis is ready',
    content: {
      language,
      title: nl ? 'Je gegevens staan klaar' : 'Your data is ready',
      paragraphs: nl
        ? [
            'Je vroeg om alles wat Leerhuis over jou bewaart. Het staat klaar als leesbare pagina en als JSON-bestand.',
            `${linkValidUntil(expiresAt, language)} Daarna verwijderen we de kopie.`,
            'Heb je dit niet zelf gevraagd? Open de link dan niet en laat het ons weten.',
          ]
        : [
            'You asked for everything Leerhuis keeps about you. It is ready as a readable page and as a JSON file.',
            `${linkValidUntil(expiresAt, language)} After that we delete the copy.`,
            'Did not ask for this? Then do not open the link, and let us know.',
          ],
      action: { label: nl ? 'Open mijn gegevens' : 'Open my data', url },
      reason: nl
        ? 'Je krijgt deze mail omdat je in Leerhuis om je gegevens vroeg.'
        : 'You receive this email because you asked Leerhuis for your data.',
    },
  };
}
