import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    subject: (name: string, ok: boolean) =>
      ok ? `Welkom bij ${name}` : `Je aanvraag voor ${name}`,
    outcome: (name: string, ok: boolean) =>
      ok
        ? `Je aanvraag om lid te worden van de community ${name} is goedgekeurd. Welkom!`
        : `Je aanvraag om lid te worden van de community ${name} is helaas afgewezen.`,
    message: 'Bericht van de coördinator:',
    action: 'Naar de community',
    reason: 'Je krijgt deze mail omdat je vroeg om lid te worden van deze community in Leerhuis.',
  },
  en: {
    subject: (name: string, ok: boolean) =>
      ok ? `Welcome to ${name}` : `Your request to join ${name}`,
    outcome: (name: string, ok: boolean) =>
      ok
        ? `Your request to join the community ${name} has been approved. Welcome!`
        : `Your request to join the community ${name} has been declined.`,
    message: 'Message from the coordinator:',
    action: 'Go to the community',
    reason: 'You receive this email because you asked to join this community on Leerhuis.',
  },
};

/** The outcome of a request to join, with the coordinator's message; a link only when approved. */
export function joinDecisionEmail(
  data: {
    publicUrl: string;
    community: { name: string; slug: string };
    approved: boolean;
    message: string;
  },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const { community, approved } = data;
  return rendered(t.subject(community.name, approved), {
    language,
    title: t.subject(community.name, approved),
    paragraphs: [
      t.outcome(community.name, approved),
      ...(data.message ? [t.message, data.message] : []),
    ],
    action: approved
      ? { label: t.action, url: `${data.publicUrl}/communities/${community.slug}` }
      : undefined,
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
}
