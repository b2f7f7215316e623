import {
  type IntervisionEmail,
  intervisionEmail,
  type IntervisionEmailCommon,
  type Language,
} from './intervision-email-parts';

const REMOVED = {
  nl: {
    subject: (group: string) => `Je doet niet meer mee aan de intervisiegroep ${group}`,
    intro: (group: string) =>
      `Een begeleider heeft je uit de intervisiegroep ${group} in Leerhuis gehaald. Je leest de casussen van de groep niet meer.`,
    agreement:
      'De vertrouwelijkheidsafspraak blijft gelden voor wat je in de groep hebt gelezen. Wil je terug, vraag het dan aan de begeleider: die kan je opnieuw uitnodigen.',
    action: 'Naar intervisie',
    why: 'Je krijgt deze mail omdat je lid was van deze intervisiegroep.',
  },
  en: {
    subject: (group: string) => `You are no longer in the intervision group ${group}`,
    intro: (group: string) =>
      `A moderator has removed you from the intervision group ${group} on Leerhuis. You no longer read its cases.`,
    agreement:
      'The confidentiality agreement still applies to what you read in the group. To come back, ask the moderator: they can invite you again.',
    action: 'Go to intervision',
    why: 'You receive this email because you were a member of this intervision group.',
  },
};

/** A moderator removed the member from the group. */
export function removedEmail(data: IntervisionEmailCommon, language: Language): IntervisionEmail {
  const t = REMOVED[language];
  return intervisionEmail(
    {
      publicUrl: data.publicUrl,
      subject: t.subject(data.groupName),
      paragraphs: [t.intro(data.groupName), t.agreement],
      action: { label: t.action, url: `${data.publicUrl}/intervisie` },
      reason: t.why,
    },
    language,
  );
}
