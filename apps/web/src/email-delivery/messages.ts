import { type Language, useLanguage } from '../i18n';

const nl = {
  noticeTitle: 'We kunnen je geen e-mail sturen',
  noticeSince: (date: string) => `Sinds ${date} houden we e-mail aan je adres tegen.`,
  noticeAction: 'Stuur me een bevestigingslink',
  noticeSent: (address: string, hours: number) =>
    `We hebben een bevestigingslink gestuurd naar ${address}. Open hem binnen ${hours} uur; daarna krijg je weer e-mail.`,
  noticeTooMany: 'Je hebt al een paar links gevraagd. Probeer het over een kwartier opnieuw.',
  confirmTitle: 'E-mailadres bevestigen',
  confirming: 'Je adres wordt bevestigd…',
  confirmed: (address: string) =>
    `Bedankt: ${address} is bevestigd. Je krijgt weer e-mail van Leerhuis.`,
  confirmInvalid: 'Deze bevestigingslink klopt niet. Vraag op de pagina Meldingen een nieuwe aan.',
  confirmExpired: 'Deze bevestigingslink is verlopen. Vraag op de pagina Meldingen een nieuwe aan.',
  confirmMissing: 'Er zit geen bevestigingscode in deze link. Open de link uit de e-mail opnieuw.',
  toSettings: 'Naar je meldingen',
};

type Messages = typeof nl;

const en: Messages = {
  noticeTitle: 'We cannot email you',
  noticeSince: (date: string) => `Since ${date} we hold back email to your address.`,
  noticeAction: 'Send me a confirmation link',
  noticeSent: (address: string, hours: number) =>
    `We sent a confirmation link to ${address}. Open it within ${hours} hours and you will get email again.`,
  noticeTooMany: 'You already asked for a few links. Try again in fifteen minutes.',
  confirmTitle: 'Confirm your email address',
  confirming: 'Confirming your address…',
  confirmed: (address: string) =>
    `Thank you: ${address} is confirmed. You will get email from Leerhuis again.`,
  confirmInvalid:
    'This confirmation link is not valid. Ask for a new one on the Notifications page.',
  confirmExpired:
    'This confirmation link has expired. Ask for a new one on the Notifications page.',
  confirmMissing: 'This link has no confirmation code. Open the link from the email again.',
  toSettings: 'To your notifications',
};

const dictionaries: Record<Language, Messages> = { nl, en };

export function useEmailDeliveryText() {
  const { lang, t } = useLanguage();
  return { e: dictionaries[lang], t, lang };
}
