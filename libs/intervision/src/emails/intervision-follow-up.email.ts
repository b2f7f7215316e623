import {
  caseLink,
  type IntervisionEmail,
  intervisionEmail,
  type IntervisionEmailCommon,
  type Language,
} from './intervision-email-parts';

const FOLLOW_UP = {
  nl: {
    subject: (group: string) => `Hoe ging je volgende stap? – intervisiegroep ${group}`,
    intro: 'Een tijd geleden sloot je intervisiegroep je casus af en koos je een volgende stap.',
    ask: 'Hoe is het gegaan? Je antwoord komt bij de casus te staan, zodat je groep meeleest.',
    action: 'Vertel hoe het ging',
  },
  en: {
    subject: (group: string) => `How did your next step go? – intervision group ${group}`,
    intro: 'A while ago your intervision group closed your case and you chose a next step.',
    ask: 'How did it go? Your answer joins the case, so your group can read along.',
    action: 'Tell how it went',
  },
};

/** A while after closing: the case owner is asked how the next step went. */
export function followUpEmail(
  data: IntervisionEmailCommon & { caseId: string },
  language: Language,
): IntervisionEmail {
  const t = FOLLOW_UP[language];
  return intervisionEmail(
    {
      publicUrl: data.publicUrl,
      subject: t.subject(data.groupName),
      paragraphs: [t.intro, t.ask],
      action: { label: t.action, url: `${caseLink(data.publicUrl, data.caseId)}#follow-up` },
    },
    language,
  );
}
