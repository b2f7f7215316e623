import type { NotificationRow } from './notification.repository';
import { NotificationKind } from './notification-kinds';
import { digestQuote, type Language, NOTIFICATION_WORDS, quote } from './notification-words';

export interface PresentedNotification {
  title: string;
  /** Path in the web app (prefix PUBLIC_URL for emails). */
  url: string;
}

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
  const t = NOTIFICATION_WORDS[language] ?? NOTIFICATION_WORDS.nl;
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

/** What a digest line of a notification names; the digest checks the subject still exists. */
export type DigestNotificationLine =
  | {
      kind: NotificationKind.MENTION | NotificationKind.REPLY;
      actorName: string | null;
      threadTitle: string;
    }
  | { kind: NotificationKind.COMMUNITY_ACTIVITY; communityName: string; threadTitle: string }
  | { kind: NotificationKind.MEETING_CHANGE; meetingTitle: string }
  | { kind: NotificationKind.COFFEE_DATE }
  | { kind: NotificationKind.INTERVISION_PHASE; groupName: string; phaseTitle: string };

/**
 * The line of a notification in the digest: shorter than the list's sentence, because the digest
 * shows the CoP and the link beside it.
 */
export function presentDigestLine(line: DigestNotificationLine, language: Language): string {
  const t = NOTIFICATION_WORDS[language] ?? NOTIFICATION_WORDS.nl;
  switch (line.kind) {
    case NotificationKind.MENTION:
      return t.mention(line.actorName ?? t.someone, digestQuote(line.threadTitle));
    case NotificationKind.REPLY:
      return t.reply(line.actorName ?? t.someone, digestQuote(line.threadTitle));
    case NotificationKind.COMMUNITY_ACTIVITY:
      return t.digest.communityActivity(line.communityName, digestQuote(line.threadTitle));
    case NotificationKind.MEETING_CHANGE:
      return t.meeting.UPDATED(line.meetingTitle, null);
    case NotificationKind.COFFEE_DATE:
      return t.digest.coffeeDate;
    case NotificationKind.INTERVISION_PHASE:
      return t.digest.phase(line.groupName, digestQuote(line.phaseTitle));
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
