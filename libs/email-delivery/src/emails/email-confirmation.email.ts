import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    subject: 'Bevestig je e-mailadres voor Leerhuis',
    body: [
      'Eerder kwam e-mail van Leerhuis niet aan op dit adres. Daarom stuurden we je niets meer.',
      'Komt deze mail wel aan? Bevestig dan je adres met de knop hieronder; daarna krijg je weer e-mail van Leerhuis. De link is 24 uur geldig.',
    ],
    action: 'Mijn adres bevestigen',
    reason: 'Je krijgt deze mail omdat je in Leerhuis vroeg om je e-mailadres te bevestigen.',
  },
  en: {
    subject: 'Confirm your email address for Leerhuis',
    body: [
      'Earlier, email from Leerhuis did not reach this address, so we stopped sending you any.',
      'Did this one arrive? Then confirm your address with the button below and you will get email from Leerhuis again. The link is valid for 24 hours.',
    ],
    action: 'Confirm my address',
    reason: 'You receive this email because you asked Leerhuis to confirm your email address.',
  },
};

/** To a suppressed address: confirm it works, and email starts again. */
export function emailConfirmationEmail(
  data: { publicUrl: string; url: string },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  return rendered(t.subject, {
    language,
    title: t.subject,
    paragraphs: t.body,
    action: { label: t.action, url: data.url },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
}
