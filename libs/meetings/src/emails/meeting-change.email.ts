import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

import {
  describeTime,
  type Language,
  type MeetingWhenWhere,
  placeLine,
  VIEW_MEETING,
} from './meeting-email-parts';

/** What members plan around and a change email names. */
export type AnnouncedChange = 'time' | 'place';

const TEXT = {
  nl: {
    subject: (title: string) => `Gewijzigd: ${title}`,
    intro: (title: string, name: string) =>
      `De bijeenkomst ${title} van de community ${name} is gewijzigd.`,
    what: { time: 'De tijd is veranderd.', place: 'De plaats is veranderd.' },
    calendar: 'De bijlage werkt de bijeenkomst in je agenda bij.',
    waiting:
      'Je staat op de wachtlijst. Komt er een plek vrij, dan schuif je door en krijg je een e-mail. Past de nieuwe tijd of plaats je niet? Meld je dan af.',
    reason: 'Je krijgt deze mail omdat je reageerde op deze bijeenkomst in Leerhuis.',
  },
  en: {
    subject: (title: string) => `Changed: ${title}`,
    intro: (title: string, name: string) =>
      `The meeting ${title} of the community ${name} has changed.`,
    what: { time: 'The time has changed.', place: 'The place has changed.' },
    calendar: 'The attachment updates the meeting in your calendar.',
    waiting:
      'You are on the waiting list. When a seat frees up you move up and get an email. Does the new time or place not suit you? Then cancel.',
    reason: 'You receive this email because you answered this meeting on Leerhuis.',
  },
};

/** A changed time or place, to someone who answered; a waiting member gets no calendar line. */
export function meetingChangeEmail(
  data: {
    meeting: MeetingWhenWhere & { title: string };
    communityName: string;
    changed: AnnouncedChange[];
    /** On the waiting list: no seat, so nothing for the calendar. */
    waiting: boolean;
    url: string;
    publicUrl: string;
  },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const { meeting } = data;
  const email = rendered(t.subject(meeting.title), {
    language,
    title: t.subject(meeting.title),
    paragraphs: [
      t.intro(meeting.title, data.communityName),
      ...data.changed.map((part) => t.what[part]),
      describeTime(meeting, language),
      placeLine(meeting, language),
      data.waiting ? t.waiting : t.calendar,
    ],
    action: { label: VIEW_MEETING[language], url: data.url },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
  // The subject names the community too (the heading does not).
  return { ...email, subject: `${email.subject} (${data.communityName})` };
}
