import type { SharedIntervisionLesson } from '@leerhuis/intervision';
import {
  type DigestNotificationLine,
  NotificationKind,
  presentDigestLine,
} from '@leerhuis/notifications';
import type { EmailContent, EmailItem, EmailSection } from '@leerhuis/platform-mail';
import { notificationSettingsUrl } from '@leerhuis/platform-mail';

import type {
  DigestCommunity,
  DigestLesson,
  DigestMeeting,
  DigestNewMembers,
  DigestNotification,
  DigestThread,
  OpenCoffeeDateRound,
} from '../digest-content.repository';
import { DigestFrequency } from '../digest-schedule';
import { plainExcerpt } from '../plain-text';
import { type DigestWords, TEXT } from './digest-words';

export interface DigestRecipient {
  name: string;
  language: 'nl' | 'en';
  frequency: DigestFrequency;
  /** Start of the window: what happened since then is new. */
  since: Date;
}

/** One member's share of a chunk's content. */
export interface MemberDigestContent {
  communities: DigestCommunity[];
  threads: DigestThread[];
  meetings: DigestMeeting[];
  lessons: DigestLesson[];
  intervisionLessons: SharedIntervisionLesson[];
  newMembers: DigestNewMembers[];
  notifications: DigestNotification[];
  /** The open koffiedate round, when the member may still sign up. */
  coffeeDateRound: OpenCoffeeDateRound | null;
}

export interface ComposedDigest {
  subject: string;
  content: EmailContent;
  /** The notifications the email carries: marked emailed once SMTP accepted it. */
  notificationIds: string[];
}

const LIMIT = { notifications: 20, threads: 10, meetings: 8, lessons: 8, intervision: 5, cops: 10 };

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

/** Links into the web app. */
export function digestLinks(publicUrl: string) {
  const base = publicUrl.replace(/\/+$/, '');
  const cop = (slug: string) => `${base}/communities/${encodeURIComponent(slug)}`;
  return {
    home: `${base}/`,
    settings: notificationSettingsUrl(base),
    community: cop,
    thread: (slug: string, id: string) => `${cop(slug)}/discussions/${id}`,
    meeting: (slug: string, id: string) => `${cop(slug)}/bijeenkomsten/${id}`,
    // The web app's lesson page (apps/web /oogst/<id>); intervisie lessons as intervisie-<key>.
    lesson: (id: string) => `${base}/oogst/${encodeURIComponent(id)}`,
    intervisionLesson: (key: string) => `${base}/oogst/intervisie-${encodeURIComponent(key)}`,
    lessons: `${base}/oogst`,
    coffeeDate: `${base}/koffiedate`,
    intervisionCase: (id: string) => `${base}/intervisie/casussen/${encodeURIComponent(id)}`,
    intervision: `${base}/intervisie`,
  };
}

type Links = ReturnType<typeof digestLinks>;
type Text = DigestWords;

function notificationItem(
  n: DigestNotification,
  links: Links,
  language: 'nl' | 'en',
): EmailItem | null {
  const line = (notification: DigestNotificationLine) => presentDigestLine(notification, language);
  const cop = n.community?.name ?? undefined;
  switch (n.kind) {
    case NotificationKind.MENTION:
    case NotificationKind.REPLY:
    case NotificationKind.COMMUNITY_ACTIVITY: {
      if (!n.thread || !n.community) return null;
      const title =
        n.kind === NotificationKind.COMMUNITY_ACTIVITY
          ? line({ kind: n.kind, communityName: n.community.name, threadTitle: n.thread.title })
          : line({ kind: n.kind, actorName: n.actorName, threadTitle: n.thread.title });
      return { title, url: links.thread(n.community.slug, n.thread.id), meta: cop };
    }
    case NotificationKind.MEETING_CHANGE:
      if (!n.meeting || !n.community) return null;
      return {
        title: line({ kind: n.kind, meetingTitle: n.meeting.title }),
        url: links.meeting(n.community.slug, n.meeting.id),
        meta: cop,
      };
    case NotificationKind.COFFEE_DATE:
      return { title: line({ kind: n.kind }), url: links.coffeeDate };
    case NotificationKind.INTERVISION_PHASE: {
      // Group name and phase title only: no case content ever leaves intervisie by email.
      const groupName = str(n.data.groupName) ?? str(n.data.group);
      // libs/notifications stores the phase title in both languages.
      const phaseTitle =
        str(n.data[language === 'en' ? 'phaseTitleEn' : 'phaseTitleNl']) ?? str(n.data.phaseTitle);
      if (!groupName || !phaseTitle) return null;
      const caseId = str(n.data.caseId);
      return {
        title: line({ kind: n.kind, groupName, phaseTitle }),
        url: caseId ? links.intervisionCase(caseId) : links.intervision,
      };
    }
    default:
      return null;
  }
}

function capped(items: EmailItem[], limit: number, t: Text, moreUrl: string): EmailItem[] {
  if (items.length <= limit) return items;
  return [...items.slice(0, limit), { title: t.more(items.length - limit), url: moreUrl }];
}

/**
 * A member's digest email, or null when nothing is new for them (upcoming meetings that did
 * not change and a koffiedate round that opened before the window do not count as new).
 * Excerpts only come from OPEN CoPs (and platform-wide lessons): the repository leaves the
 * text out for closed ones, and intervisie lessons of a closed CoP carry no text either.
 */
export function composeDigest(
  recipient: DigestRecipient,
  content: MemberDigestContent,
  publicUrl: string,
): ComposedDigest | null {
  const t = TEXT[recipient.language];
  const links = digestLinks(publicUrl);
  const sections: EmailSection[] = [];
  const parts: string[] = [];

  const notificationIds: string[] = [];
  const notificationItems: EmailItem[] = [];
  for (const n of content.notifications) {
    const item = notificationItem(n, links, recipient.language);
    if (!item) continue;
    notificationIds.push(n.id);
    if (notificationItems.length < LIMIT.notifications) notificationItems.push(item);
  }
  if (notificationItems.length) {
    sections.push({ heading: t.headings.notifications, items: notificationItems });
    parts.push(t.parts.notifications(notificationIds.length));
  }

  if (content.threads.length) {
    const items = content.threads.map((thread) => ({
      title: thread.title,
      url: links.thread(thread.community.slug, thread.id),
      meta: t.threadMeta(thread.community.name, thread.isNew, thread.replies),
      excerpt: thread.body ? plainExcerpt(thread.body) : undefined,
    }));
    sections.push({
      heading: t.headings.threads,
      items: capped(items, LIMIT.threads, t, links.home),
    });
    parts.push(t.parts.threads(content.threads.length));
  }

  const changedMeetings = content.meetings.filter((m) => m.changed).length;
  if (content.meetings.length) {
    const items = content.meetings.map((meeting) => ({
      title: meeting.title,
      url: links.meeting(meeting.community.slug, meeting.id),
      meta: t.meetingMeta(meeting.community.name, meeting.startsAt, meeting.isNew, meeting.changed),
    }));
    sections.push({
      heading: t.headings.meetings,
      items: capped(items, LIMIT.meetings, t, links.home),
    });
    parts.push(t.parts.meetings(content.meetings.length));
  }

  if (content.lessons.length) {
    const items = content.lessons.map((lesson) => ({
      title: lesson.title,
      url: links.lesson(lesson.id),
      meta: t.lessonMeta(lesson.community?.name ?? null, lesson.platformWide) || undefined,
      excerpt: lesson.body ? plainExcerpt(lesson.body) : undefined,
    }));
    sections.push({
      heading: t.headings.lessons,
      items: capped(items, LIMIT.lessons, t, links.lessons),
    });
    parts.push(t.parts.lessons(content.lessons.length + content.intervisionLessons.length));
  }

  if (content.intervisionLessons.length) {
    const byId = new Map(content.communities.map((c) => [c.id, c]));
    const items = content.intervisionLessons.map((lesson) => {
      const cop = lesson.communityId ? byId.get(lesson.communityId) : undefined;
      const open = lesson.scope === 'PLATFORM' || cop?.joinPolicy === 'OPEN';
      return {
        title: t.intervisionTitle(
          recipient.language === 'nl' ? lesson.methodNameNl : lesson.methodNameEn,
          lesson.closedMonth,
        ),
        url: links.intervisionLesson(lesson.key),
        meta: [cop?.name, t.intervisionMeta].filter(Boolean).join(' · '),
        excerpt: open ? plainExcerpt(lesson.lessons) : undefined,
      };
    });
    sections.push({
      heading: t.headings.intervision,
      items: capped(items, LIMIT.intervision, t, links.lessons),
    });
    if (!content.lessons.length) parts.push(t.parts.lessons(content.intervisionLessons.length));
  }

  const round = content.coffeeDateRound;
  const newRound = round !== null && round.opensAt >= recipient.since;
  if (round) {
    sections.push({
      heading: t.headings.coffee,
      items: [
        { title: t.coffeeTitle, url: links.coffeeDate, meta: t.coffeeMeta(round.signupDeadline) },
      ],
    });
    if (newRound) parts.push(t.parts.coffee);
  }

  if (content.newMembers.length) {
    const items = content.newMembers.map((joined) => ({
      title: t.membersTitle(joined.community.name, joined.count),
      url: links.community(joined.community.slug),
      meta: t.membersMeta(joined.names, joined.count),
    }));
    sections.push({ heading: t.headings.members, items: capped(items, LIMIT.cops, t, links.home) });
    parts.push(t.parts.members(content.newMembers.reduce((sum, j) => sum + j.count, 0)));
  }

  const somethingNew =
    notificationItems.length > 0 ||
    content.threads.length > 0 ||
    changedMeetings > 0 ||
    content.lessons.length > 0 ||
    content.intervisionLessons.length > 0 ||
    newRound ||
    content.newMembers.length > 0;
  if (!somethingNew) return null;

  const copNames = content.communities.map((c) => c.name);
  const cops = copNames.length
    ? t.andOthers(copNames.slice(0, 3), Math.max(0, copNames.length - 3))
    : t.platform;
  return {
    subject: t.subject(parts.slice(0, 3)),
    notificationIds,
    content: {
      language: recipient.language,
      title: t.title,
      paragraphs: [t.intro(recipient.name, recipient.since)],
      sections,
      reason: t.reason(t.frequency[recipient.frequency], cops),
      settingsUrl: links.settings,
    },
  };
}
