import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

import {
  describeTime,
  type Language,
  type MeetingWhenWhere,
  placeLine,
  VIEW_MEETING,
} from './meeting-email-parts';

const TEXT = {
  nl: {
    promotedSubject: (title: string) => `Er is een plek vrij: je gaat mee naar ${title}`,
    promoted: (title: string) =>
      `Er is een plek vrijgekomen bij ${title}. Je stond op de wachtlijst en bent nu aangemeld.`,
    promotedNote: 'Kun je toch niet? Meld je dan af, dan gaat je plek naar de volgende.',
    freedSubject: (title: string) => `Je afmelding voor ${title}`,
    freed: (title: string) =>
      `Je hebt je afgemeld voor ${title}. Je plek is doorgegeven aan de eerste op de wachtlijst.`,
    reason: 'Je krijgt deze mail omdat je reageerde op een bijeenkomst in Leerhuis.',
  },
  en: {
    promotedSubject: (title: string) => `A seat opened up: you are going to ${title}`,
    promoted: (title: string) =>
      `A seat opened up for ${title}. You were on the waiting list and are now going.`,
    promotedNote: 'Cannot make it after all? Cancel, and your seat goes to the next person.',
    freedSubject: (title: string) => `You cancelled for ${title}`,
    freed: (title: string) =>
      `You cancelled for ${title}. Your seat went to the first person on the waiting list.`,
    reason: 'You receive this email because you answered a meeting invitation on Leerhuis.',
  },
};

interface MeetingLink {
  meeting: MeetingWhenWhere & { title: string };
  /** The meeting's page. */
  url: string;
  publicUrl: string;
}

/** To the first on the waiting list: a seat opened up, you are going. */
export function waitingListPromotedEmail(data: MeetingLink, language: Language): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const { meeting } = data;
  return rendered(t.promotedSubject(meeting.title), {
    language,
    title: t.promotedSubject(meeting.title),
    paragraphs: [
      t.promoted(meeting.title),
      describeTime(meeting, language),
      placeLine(meeting, language),
      t.promotedNote,
    ],
    action: { label: VIEW_MEETING[language], url: data.url },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
}

/** To the member who cancelled: your seat went to the waiting list. */
export function seatFreedEmail(data: MeetingLink, language: Language): Email {
  const t = TEXT[language] ?? TEXT.nl;
  return rendered(t.freedSubject(data.meeting.title), {
    language,
    title: t.freedSubject(data.meeting.title),
    paragraphs: [t.freed(data.meeting.title)],
    action: { label: VIEW_MEETING[language], url: data.url },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.publicUrl),
  });
}
