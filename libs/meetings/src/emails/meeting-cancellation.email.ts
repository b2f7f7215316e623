import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

import { describeTime, type Language, type MeetingWhenWhere } from './meeting-email-parts';

const TEXT = {
  nl: {
    subject: (title: string) => `Gaat niet door: ${title}`,
    intro: (title: string, name: string) =>
      `De bijeenkomst ${title} van de community ${name} gaat niet door.`,
    reason: 'Reden:',
    calendar: 'Met de bijlage haal je de bijeenkomst uit je agenda.',
    action: 'Naar de community',
    why: 'Je krijgt deze mail omdat je lid bent van deze community in Leerhuis.',
  },
  en: {
    subject: (title: string) => `Cancelled: ${title}`,
    intro: (title: string, name: string) =>
      `The meeting ${title} of the community ${name} has been cancelled.`,
    reason: 'Reason:',
    calendar: 'The attachment removes the meeting from your calendar.',
    action: 'Go to the community',
    why: 'You receive this email because you are a member of this community on Leerhuis.',
  },
};

/** The meeting is off (with the organiser's reason, when given). */
export function meetingCancellationEmail(
  data: {
    meeting: MeetingWhenWhere & { title: string; cancellationReason: string | null };
    communityName: string;
    /** The community's page (the meeting's page is gone from its list). */
    communityUrl: string;
    publicUrl: string;
  },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const { meeting } = data;
  return rendered(t.subject(meeting.title), {
    language,
    title: t.subject(meeting.title),
    paragraphs: [
      t.intro(meeting.title, data.communityName),
      describeTime(meeting, language),
      ...(meeting.cancellationReason ? [t.reason, meeting.cancellationReason] : []),
      t.calendar,
    ],
    action: { label: t.action, url: data.communityUrl },
    reason: t.why,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
}
