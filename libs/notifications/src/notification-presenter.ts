import type { NotificationRow } from './notification.repository';
import { NotificationKind } from './notification-kinds';

type Language = 'nl' | 'en';

export interface PresentedNotification {
  title: string;
  /** Path in the web app (prefix PUBLIC_URL for emails). */
  url: string;
}

const quote = (value: string) => `‘${value}’`;

const TEXT = {
  nl: {
    someone: 'Iemand',
    removedPost: 'een verwijderd bericht',
    aMeeting: 'een bijeenkomst',
    aCommunity: 'een community',
    mention: (actor: string, thread: string) => `${actor} noemde je in ${thread}`,
    reply: (actor: string, thread: string) => `${actor} reageerde op ${thread}`,
    newThread: (actor: string, cop: string, thread: string) =>
      `${actor} startte ${thread} in ${cop}`,
    newReply: (actor: string, cop: string, thread: string) =>
      `${actor} reageerde in ${cop} op ${thread}`,
    meeting: {
      SCHEDULED: (title: string, cop: string) => `Nieuwe bijeenkomst in ${cop}: ${title}`,
      UPDATED: (title: string, cop: string) => `Bijeenkomst gewijzigd in ${cop}: ${title}`,
      CANCELLED: (title: string, cop: string) => `Bijeenkomst afgelast in ${cop}: ${title}`,
    },
    coffeeDate: 'Een nieuwe koffiedateronde is open: doe je mee?',
    phase: (group: string, phase: string) => `${group}: de fase ${phase} is geopend`,
  },
  en: {
    someone: 'Someone',
    removedPost: 'a removed post',
    aMeeting: 'a meeting',
    aCommunity: 'a community',
    mention: (actor: string, thread: string) => `${actor} mentioned you in ${thread}`,
    reply: (actor: string, thread: string) => `${actor} replied to ${thread}`,
    newThread: (actor: string, cop: string, thread: string) =>
      `${actor} started ${thread} in ${cop}`,
    newReply: (actor: string, cop: string, thread: string) =>
      `${actor} replied in ${cop} to ${thread}`,
    meeting: {
      SCHEDULED: (title: string, cop: string) => `New meeting in ${cop}: ${title}`,
      UPDATED: (title: string, cop: string) => `Meeting changed in ${cop}: ${title}`,
      CANCELLED: (title: string, cop: string) => `Meeting cancelled in ${cop}: ${title}`,
    },
    coffeeDate: 'A new koffiedate round is open: are you in?',
    phase: (group: string, phase: string) => `${group}: the phase ${phase} has opened`,
  },
};

const text = (data: Record<string, unknown>, key: string): string | null =>
  typeof data[key] === 'string' ? (data[key] as string) : null;

/**
 * The sentence and link of a notification in the reader's language, from what the list query
 * read. An intervisie phase only ever shows the group's name and the phase's title.
 */
export function presentNotification(
  row: NotificationRow,
  language: Language,
): PresentedNotification {
  const t = TEXT[language] ?? TEXT.nl;
  const actor = row.actorName ?? t.someone;
  const cop = row.communityName ?? t.aCommunity;
  const slug = encodeURIComponent(row.communitySlug ?? '');
  const threadId = text(row.data, 'threadId');
  const thread = row.threadTitle ? quote(row.threadTitle) : t.removedPost;
  const threadUrl =
    row.communitySlug && threadId
      ? `/communities/${slug}/discussions/${threadId}`
      : row.communitySlug
        ? `/communities/${slug}`
        : '/meldingen';
  switch (row.kind) {
    case NotificationKind.MENTION:
      return { title: t.mention(actor, thread), url: threadUrl };
    case NotificationKind.REPLY:
      return { title: t.reply(actor, thread), url: threadUrl };
    case NotificationKind.COMMUNITY_ACTIVITY:
      return {
        title:
          row.subjectType === 'DISCUSSION_THREAD'
            ? t.newThread(actor, cop, thread)
            : t.newReply(actor, cop, thread),
        url: threadUrl,
      };
    case NotificationKind.MEETING_CHANGE: {
      const change = (text(row.data, 'change') ?? 'UPDATED') as keyof typeof t.meeting;
      const title = row.meetingTitle ? quote(row.meetingTitle) : t.aMeeting;
      return {
        title: (t.meeting[change] ?? t.meeting.UPDATED)(title, cop),
        url:
          change === 'CANCELLED' || !row.communitySlug
            ? row.communitySlug
              ? `/communities/${slug}`
              : '/meldingen'
            : `/communities/${slug}/bijeenkomsten/${row.subjectId}`,
      };
    }
    case NotificationKind.COFFEE_DATE:
      return { title: t.coffeeDate, url: '/koffiedate' };
    case NotificationKind.INTERVISION_PHASE: {
      const phase =
        text(row.data, language === 'en' ? 'phaseTitleEn' : 'phaseTitleNl') ??
        text(row.data, 'phaseTitleNl') ??
        '';
      return {
        title: t.phase(text(row.data, 'groupName') ?? '', quote(phase)),
        url: `/intervisie/casussen/${row.subjectId}`,
      };
    }
  }
}

/** A short plain-text excerpt of a post's Markdown source (open CoPs only; the caller checks). */
export function excerptOf(markdown: string | null, length = 200): string | undefined {
  if (!markdown) return undefined;
  const plain = markdown
    .replace(/@\[([^\]]+)\]\([^)]*\)/g, '@$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_>#~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > length ? `${plain.slice(0, length - 1).trimEnd()}…` : plain;
}
