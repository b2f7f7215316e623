import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    askSubject: (name: string) => `${name} wil graag met je kennismaken`,
    ask: (name: string) =>
      `${name} is programmadirecteur en zoekt een collega met een vergelijkbaar programma bij een ander ministerie. Leerhuis stelde jou voor. Wil je kennismaken?`,
    askAction: 'Accepteren of afslaan',
    introSubject: (name: string) => `Kennismaking met ${name}`,
    intro: (name: string, email: string) =>
      `Jullie willen allebei kennismaken: maak contact met ${name} via ${email}.`,
    introAction: 'Bekijk de kennismaking',
    reason:
      'Je krijgt deze mail omdat je een kennismaking met een collega-programmadirecteur vroeg of kreeg in Leerhuis.',
  },
  en: {
    askSubject: (name: string) => `${name} would like to meet you`,
    ask: (name: string) =>
      `${name} is a programme director looking for a peer with a comparable programme in another ministry. Leerhuis proposed you. Would you like to meet?`,
    askAction: 'Accept or decline',
    introSubject: (name: string) => `Introduction to ${name}`,
    intro: (name: string, email: string) =>
      `You both want to meet: get in touch with ${name} at ${email}.`,
    introAction: 'View the introduction',
    reason:
      'You receive this email because you asked for, or were asked for, an introduction to a fellow programme director on Leerhuis.',
  },
};

interface IntroductionRef {
  publicUrl: string;
  introductionId: string;
}

const introductionUrl = (data: IntroductionRef) =>
  `${data.publicUrl}/kennismaken/${data.introductionId}`;

/** To the proposed peer: someone would like to meet you; accept or decline. */
export function peerIntroductionRequestEmail(
  data: IntroductionRef & { requesterName: string },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const subject = t.askSubject(data.requesterName);
  return rendered(subject, {
    language,
    title: subject,
    paragraphs: [t.ask(data.requesterName)],
    action: { label: t.askAction, url: introductionUrl(data) },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
}

/** To each of the two once the peer accepted: the other's name and work address. */
export function peerIntroductionEmail(
  data: IntroductionRef & { other: { name: string; email: string } },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const subject = t.introSubject(data.other.name);
  return rendered(subject, {
    language,
    title: subject,
    paragraphs: [t.intro(data.other.name, data.other.email)],
    action: { label: t.introAction, url: introductionUrl(data) },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
}
