import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    subject: (name: string, n: number) => `Reflectie op bijeenkomst ${n} van ${name}`,
    body: (name: string, n: number) =>
      `Bijeenkomst ${n} van ${name} is voorbij. Neem een paar minuten voor een korte reflectie: wat gebeurde er, wat leverde het op en wat passen we aan?`,
    until: 'Je kunt je reflectie aanpassen tot de volgende bijeenkomst begint.',
    action: 'Reflectie invullen',
    reason: 'Je krijgt deze mail omdat je deelneemt aan deze leergroep in Leerhuis.',
  },
  en: {
    subject: (name: string, n: number) => `Reflect on session ${n} of ${name}`,
    body: (name: string, n: number) =>
      `Session ${n} of ${name} is over. Take a few minutes for a short reflection: what happened, what did it yield, and what do we adjust?`,
    until: 'You can change your reflection until the next session starts.',
    action: 'Write your reflection',
    reason: 'You receive this email because you take part in this learning group on Leerhuis.',
  },
};

/** After a session: a link to the session's reflection form. */
export function learningGroupReflectionInviteEmail(
  data: {
    publicUrl: string;
    groupId: string;
    groupName: string;
    sessionId: string;
    /** The session's number in the series. */
    sequence: number;
  },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const subject = t.subject(data.groupName, data.sequence);
  return rendered(subject, {
    language,
    title: subject,
    paragraphs: [t.body(data.groupName, data.sequence), t.until],
    action: {
      label: t.action,
      url: `${data.publicUrl}/leergroepen/${data.groupId}#reflectie-${data.sessionId}`,
    },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
}
