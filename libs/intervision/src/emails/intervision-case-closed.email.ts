import {
  caseAction,
  type IntervisionEmail,
  intervisionEmail,
  type IntervisionEmailCommon,
  type Language,
} from './intervision-email-parts';

const CASE_CLOSED = {
  nl: {
    subject: (group: string) => `Casus afgesloten in intervisiegroep ${group}`,
    intro: 'De begeleider heeft een casus afgesloten. Dank voor je bijdragen.',
    next: 'De reflectie van de inbrenger en de lessen lees je in Leerhuis.',
  },
  en: {
    subject: (group: string) => `Case closed in the intervision group ${group}`,
    intro: 'The moderator has closed a case. Thank you for your contributions.',
    next: "The case owner's reflection and the lessons are on Leerhuis.",
  },
};

/** The moderator closed a case; the reflection and lessons are on Leerhuis. */
export function caseClosedEmail(
  data: IntervisionEmailCommon & { caseId: string },
  language: Language,
): IntervisionEmail {
  const t = CASE_CLOSED[language];
  return intervisionEmail(
    {
      publicUrl: data.publicUrl,
      subject: t.subject(data.groupName),
      paragraphs: [t.intro, t.next],
      action: caseAction(data.publicUrl, data.caseId, language),
    },
    language,
  );
}
