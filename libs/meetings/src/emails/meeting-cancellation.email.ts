import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

import {
  describeTime,
  type Language,
  type MeetingWhenWhere,
  MEMBER_REASON,
} from './meeting-email-parts';

const TEXT = {
  nl: {
    subject: (title: string) => `Gaat niet door: ${title}`,
    intro: (title: string, name: string) =>
      `De bijeenkomst ${title} van de community ${name} gaat niet door.`,
    reason: 'Reden:',
    calendar: 'Met de bijlage haal je de bijeenkomst uit je agenda.',
    action: 'Naar de community',
  },
  en: {
    subject: (title: string) => `Cancelled: ${title}`,
    intro: (title: string, name: string) =>
      `The meeting ${title} of the community ${name} has been cancelled.`,
    reason: 'Reason:',
    calendar: 'The attachment removes the meeting from your calendar.',
    action: 'Go to the community',
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
    reason: MEMBER_REASON[language] ?? MEMBER_REASON.nl,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
}
