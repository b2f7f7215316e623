import { type Email, notificationSettingsUrl } from '@leerhuis/platform-mail';

import {
  describeTime,
  type Language,
  type MeetingWhenWhere,
  MEMBER_REASON,
  placeLine,
  VIEW_MEETING,
} from './meeting-email-parts';

const TEXT = {
  nl: {
    subject: (title: string, name: string) => `Uitnodiging: ${title} (${name})`,
    intro: (name: string) => `Er is een bijeenkomst gepland in de community ${name}.`,
    calendar: 'De bijlage zet de bijeenkomst in je agenda. Laat even weten of je komt.',
  },
  en: {
    subject: (title: string, name: string) => `Invitation: ${title} (${name})`,
    intro: (name: string) => `A meeting has been scheduled in the community ${name}.`,
    calendar: 'The attachment adds the meeting to your calendar. Please let us know if you come.',
  },
};

/**
 * The invitation to a new meeting. Content, not rendered parts: the Mailer adds the one-click
 * unsubscribe link for meeting emails to its footer.
 */
export function meetingInvitationEmail(
  data: {
    meeting: MeetingWhenWhere & { title: string };
    communityName: string;
    /** The meeting's page. */
    url: string;
    publicUrl: string;
  },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  return {
    subject: t.subject(data.meeting.title, data.communityName),
    content: {
      language,
      title: data.meeting.title,
      paragraphs: [
        t.intro(data.communityName),
        describeTime(data.meeting, language),
        placeLine(data.meeting, language),
        t.calendar,
      ],
      action: { label: VIEW_MEETING[language], url: data.url },
      reason: MEMBER_REASON[language] ?? MEMBER_REASON.nl,
      settingsUrl: notificationSettingsUrl(data.publicUrl),
    },
  };
}
