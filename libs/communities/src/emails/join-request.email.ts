import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

type Language = 'nl' | 'en';

/** "Anna (Gemeente Utrecht)": the applicant with their organisation, when they gave one. */
const applicantName = (name: string, organisation: string | null) =>
  organisation ? `${name} (${organisation})` : name;

const TEXT = {
  nl: {
    subject: (applicant: string, name: string) => `${applicant} wil lid worden van ${name}`,
    intro: (applicant: string, organisation: string | null, name: string) =>
      `${applicantName(applicant, organisation)} vraagt om lid te worden van de community ${name}.`,
    motivation: 'Motivatie:',
    noMotivation: 'Er is geen motivatie meegegeven.',
    decide:
      'Als trekker beslis je of je de aanvraag goedkeurt of afwijst. Je kunt er een bericht bij zetten; de aanvrager krijgt de beslissing per e-mail.',
    action: 'Aanvraag bekijken',
    reason: 'Je krijgt deze mail omdat je trekker bent van deze community in Leerhuis.',
  },
  en: {
    subject: (applicant: string, name: string) => `${applicant} asks to join ${name}`,
    intro: (applicant: string, organisation: string | null, name: string) =>
      `${applicantName(applicant, organisation)} asks to join the community ${name}.`,
    motivation: 'Motivation:',
    noMotivation: 'No motivation was given.',
    decide:
      'As a coordinator you approve or decline the request. You can add a message; the applicant is emailed the decision.',
    action: 'View the request',
    reason: 'You receive this email because you coordinate this community on Leerhuis.',
  },
};

/** To a coordinator of an on-request CoP: someone asks to join; decide in the beheer page. */
export function joinRequestEmail(
  data: {
    publicUrl: string;
    community: { name: string; slug: string };
    applicant: { name: string; organisation: string | null };
    motivation: string;
  },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const { community, applicant } = data;
  const subject = t.subject(applicant.name, community.name);
  return rendered(subject, {
    language,
    title: subject,
    paragraphs: [
      t.intro(applicant.name, applicant.organisation, community.name),
      ...(data.motivation ? [t.motivation, data.motivation] : [t.noMotivation]),
      t.decide,
    ],
    // The CoP's beheer section, where open requests wait (web route /communities/<slug>/beheer).
    action: { label: t.action, url: `${data.publicUrl}/communities/${community.slug}/beheer` },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
}
