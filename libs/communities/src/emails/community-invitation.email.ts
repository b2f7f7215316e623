import { type Email, rendered } from '@leerhuis/platform-mail';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    subject: (name: string) => `Uitnodiging voor de community ${name}`,
    body: (inviter: string, name: string, days: number) => [
      `${inviter} nodigt je uit om lid te worden van de community ${name} in Leerhuis.`,
      `Nog geen account? Log in met dit e-mailadres en vul je korte profiel in; daarna neem je de uitnodiging aan. De link werkt één keer en is ${days} dagen geldig.`,
    ],
    note: 'Persoonlijk bericht:',
    action: 'Uitnodiging bekijken',
    reason: 'Je krijgt deze mail omdat een coördinator van deze community je heeft uitgenodigd.',
  },
  en: {
    subject: (name: string) => `Invitation to the community ${name}`,
    body: (inviter: string, name: string, days: number) => [
      `${inviter} invites you to join the community ${name} on Leerhuis.`,
      `No account yet? Sign in with this email address and complete your short profile; then accept the invitation. The link works once and is valid for ${days} days.`,
    ],
    note: 'Personal message:',
    action: 'View the invitation',
    reason: 'You receive this email because a coordinator of this community invited you.',
  },
};

/** An invitation by email address, with the single-use link and the inviter's note. */
export function communityInvitationEmail(
  data: {
    communityName: string;
    /** Null when the inviter is gone: the email then says Leerhuis invites you. */
    inviterName: string | null;
    /** The invitation link (with its token). */
    url: string;
    /** Whole days the link is still valid. */
    days: number;
    message: string | null;
  },
  language: Language,
): Email {
  const t = TEXT[language];
  return rendered(t.subject(data.communityName), {
    language,
    title: t.subject(data.communityName),
    paragraphs: [
      ...t.body(data.inviterName ?? 'Leerhuis', data.communityName, data.days),
      ...(data.message ? [t.note, data.message] : []),
    ],
    action: { label: t.action, url: data.url },
    reason: t.reason,
  });
}
