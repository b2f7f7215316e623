import {
  groupLink,
  type IntervisionEmail,
  intervisionEmail,
  type IntervisionEmailCommon,
  type Language,
} from './intervision-email-parts';

const INVITATION = {
  nl: {
    subject: (group: string) => `Uitnodiging voor de intervisiegroep ${group}`,
    intro: (group: string) => `Je bent uitgenodigd voor de intervisiegroep ${group} in Leerhuis.`,
    agreement:
      'Je doet mee zodra je de vertrouwelijkheidsafspraak van de groep hebt gelezen en geaccepteerd.',
    action: 'Lees de afspraak',
    why: 'Je krijgt deze mail omdat een begeleider je voor deze groep heeft uitgenodigd.',
  },
  en: {
    subject: (group: string) => `Invitation to the intervision group ${group}`,
    intro: (group: string) =>
      `You have been invited to the intervision group ${group} on Leerhuis.`,
    agreement: "You join once you have read and accepted the group's confidentiality agreement.",
    action: 'Read the agreement',
    why: 'You receive this email because a moderator invited you to this group.',
  },
};

/** A moderator invited the member; they join by accepting the agreement. */
export function invitationEmail(
  data: IntervisionEmailCommon & { groupId: string },
  language: Language,
): IntervisionEmail {
  const t = INVITATION[language];
  return intervisionEmail(
    {
      publicUrl: data.publicUrl,
      subject: t.subject(data.groupName),
      paragraphs: [t.intro(data.groupName), t.agreement],
      action: { label: t.action, url: groupLink(data.publicUrl, data.groupId) },
      reason: t.why,
    },
    language,
  );
}
