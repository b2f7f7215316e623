import { type DataRightsEmail, type Language, linkValidUntil } from './data-rights-email-parts';

/** The email that confirms erasing an account. */
export function confirmErasureEmail(
  data: { url: string; expiresAt: Date },
  language: Language,
): DataRightsEmail {
  const { url, expiresAt } = data;
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
            linkValidUntil(expiresAt, language),
            'Heb je dit niet zelf gevraagd? Negeer deze mail dan; er gebeurt niets.',
          ]
        : [
            'You asked to delete your Leerhuis account. Confirm it with the button below.',
            linkValidUntil(expiresAt, language),
            'Did not ask for this? Then ignore this email; nothing will happen.',
          ],
      action: { label: nl ? 'Account verwijderen' : 'Delete account', url },
      reason: nl
        ? 'Je krijgt deze mail omdat iemand die bij jouw account is ingelogd vroeg om het te verwijderen.'
        : 'You receive this email because someone signed in to your account asked to delete it.',
    },
  };
}
