import { type Email, rendered } from '@leerhuis/platform-mail';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    subject: 'Je inloglink voor Leerhuis',
    title: 'Inloggen bij Leerhuis',
    body: (minutes: number) => [
      'Je vroeg om in te loggen bij Leerhuis. Gebruik de knop hieronder.',
      `De link werkt één keer en is ${minutes} minuten geldig.`,
      'Heb je dit niet zelf gevraagd? Dan kun je deze mail negeren; er gebeurt niets.',
    ],
    action: 'Inloggen',
    reason:
      'Je krijgt deze mail omdat iemand met dit adres een inloglink voor Leerhuis heeft aangevraagd.',
  },
  en: {
    subject: 'Your Leerhuis sign-in link',
    title: 'Sign in to Leerhuis',
    body: (minutes: number) => [
      'You asked to sign in to Leerhuis. Use the button below.',
      `The link works once and is valid for ${minutes} minutes.`,
      'Did not ask for this? You can ignore this email; nothing will happen.',
    ],
    action: 'Sign in',
    reason:
      'You receive this email because someone requested a Leerhuis sign-in link for this address.',
  },
};

/** The single-use sign-in link and how long it works. */
export function signInLinkEmail(data: { url: string; minutes: number }, language: Language): Email {
  const t = TEXT[language] ?? TEXT.nl;
  return rendered(t.subject, {
    language,
    title: t.title,
    paragraphs: t.body(data.minutes),
    action: { label: t.action, url: data.url },
    reason: t.reason,
  });
}
