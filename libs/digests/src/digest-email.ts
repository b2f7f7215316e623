import type { SharedIntervisionLesson } from '@leerhuis/intervision';
import { AMSTERDAM_TIME_ZONE } from '@leerhuis/platform-calendar';
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
} from './digest-content.repository';
import { DigestFrequency } from './digest-schedule';
import { plainExcerpt } from './plain-text';

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

const dateFormat = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    timeZone: AMSTERDAM_TIME_ZONE,
    day: 'numeric',
    month: 'long',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: AMSTERDAM_TIME_ZONE,
    day: 'numeric',
    month: 'long',
  }),
};
const dateTimeFormat = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    timeZone: AMSTERDAM_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: AMSTERDAM_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const TEXT = {
  nl: {
    subject: (parts: string[]) => `Je overzicht van Leerhuis: ${parts.join(', ')}`,
    title: 'Je overzicht van Leerhuis',
    intro: (name: string, since: Date) =>
      `Hallo ${name}, dit is er nieuw sinds ${dateFormat.nl.format(since)}.`,
    frequency: {
      DAILY: 'dagelijkse',
      WEEKLY: 'wekelijkse',
      BIWEEKLY: 'tweewekelijkse',
      MONTHLY: 'maandelijkse',
      NEVER: '',
    },
    reason: (frequency: string, cops: string) =>
      `Je krijgt dit ${frequency} overzicht omdat je lid bent van ${cops}.`,
    andOthers: (list: string[], rest: number) =>
      rest > 0 ? `${list.join(', ')} en ${plural(rest, 'andere', 'andere')}` : joinAnd(list, 'en'),
    platform: 'Leerhuis',
    parts: {
      notifications: (n: number) => plural(n, 'melding voor jou', 'meldingen voor jou'),
      threads: (n: number) => plural(n, 'nieuwe discussie', 'nieuwe discussies'),
      meetings: (n: number) => plural(n, 'bijeenkomst', 'bijeenkomsten'),
      lessons: (n: number) => plural(n, 'nieuwe les', 'nieuwe lessen'),
      members: (n: number) => plural(n, 'nieuw lid', 'nieuwe leden'),
      coffee: 'koffiedate',
    },
    headings: {
      notifications: 'Voor jou',
      threads: 'Nieuwe en actieve discussies',
      meetings: 'Bijeenkomsten in de komende vier weken',
      lessons: 'Nieuwe oogst en gepubliceerde lessen',
      intervision: 'Lessen uit intervisie',
      coffee: 'Koffiedate',
      members: 'Nieuwe leden',
    },
    threadMeta: (cop: string, isNew: boolean, replies: number) =>
      [
        cop,
        isNew ? 'nieuw' : null,
        replies ? plural(replies, 'nieuwe reactie', 'nieuwe reacties') : null,
      ]
        .filter(Boolean)
        .join(' · '),
    meetingMeta: (cop: string, at: Date, isNew: boolean, changed: boolean) =>
      [cop, dateTimeFormat.nl.format(at), isNew ? 'nieuw' : changed ? 'gewijzigd' : null]
        .filter(Boolean)
        .join(' · '),
    lessonMeta: (cop: string | null, platformWide: boolean) =>
      [cop, platformWide ? 'gedeeld met heel Leerhuis' : null].filter(Boolean).join(' · '),
    intervisionTitle: (method: string, month: string) => `Intervisieles (${method}, ${month})`,
    intervisionMeta: 'Anoniem gedeeld met toestemming van de inbrenger',
    coffeeTitle: 'De koffiedate-ronde van deze maand is open',
    coffeeMeta: (deadline: Date) => `Aanmelden kan tot ${dateTimeFormat.nl.format(deadline)}`,
    membersTitle: (cop: string, n: number) => `${cop}: ${plural(n, 'nieuw lid', 'nieuwe leden')}`,
    membersMeta: (names: string[], n: number) =>
      n > names.length
        ? `${names.join(', ')} en ${n - names.length} anderen`
        : joinAnd(names, 'en'),
    more: (n: number) => plural(n, 'ander item', 'andere items'),
    notification: {
      MENTION: (actor: string, title: string) => `${actor} noemde je in “${title}”`,
      REPLY: (actor: string, title: string) => `${actor} reageerde op “${title}”`,
      COMMUNITY_ACTIVITY: (cop: string, title: string) => `Nieuw in ${cop}: “${title}”`,
      MEETING_CHANGE: (title: string) => `Bijeenkomst gewijzigd: ${title}`,
      COFFEE_DATE: 'De koffiedate-ronde is open',
      INTERVISION_PHASE: (group: string, phase: string) => `${group}: fase “${phase}” is begonnen`,
      someone: 'Iemand',
    },
  },
  en: {
    subject: (parts: string[]) => `Your Leerhuis overview: ${parts.join(', ')}`,
    title: 'Your Leerhuis overview',
    intro: (name: string, since: Date) =>
      `Hello ${name}, this is what is new since ${dateFormat.en.format(since)}.`,
    frequency: {
      DAILY: 'daily',
      WEEKLY: 'weekly',
      BIWEEKLY: 'fortnightly',
      MONTHLY: 'monthly',
      NEVER: '',
    },
    reason: (frequency: string, cops: string) =>
      `You get this ${frequency} overview because you are a member of ${cops}.`,
    andOthers: (list: string[], rest: number) =>
      rest > 0 ? `${list.join(', ')} and ${rest} more` : joinAnd(list, 'and'),
    platform: 'Leerhuis',
    parts: {
      notifications: (n: number) => plural(n, 'notification for you', 'notifications for you'),
      threads: (n: number) => plural(n, 'new discussion', 'new discussions'),
      meetings: (n: number) => plural(n, 'meeting', 'meetings'),
      lessons: (n: number) => plural(n, 'new lesson', 'new lessons'),
      members: (n: number) => plural(n, 'new member', 'new members'),
      coffee: 'koffiedate',
    },
    headings: {
      notifications: 'For you',
      threads: 'New and active discussions',
      meetings: 'Meetings in the next four weeks',
      lessons: 'New harvest and published lessons',
      intervision: 'Lessons from intervisie',
      coffee: 'Koffiedate',
      members: 'New members',
    },
    threadMeta: (cop: string, isNew: boolean, replies: number) =>
      [cop, isNew ? 'new' : null, replies ? plural(replies, 'new reply', 'new replies') : null]
        .filter(Boolean)
        .join(' · '),
    meetingMeta: (cop: string, at: Date, isNew: boolean, changed: boolean) =>
      [cop, dateTimeFormat.en.format(at), isNew ? 'new' : changed ? 'changed' : null]
        .filter(Boolean)
        .join(' · '),
    lessonMeta: (cop: string | null, platformWide: boolean) =>
      [cop, platformWide ? 'shared with all of Leerhuis' : null].filter(Boolean).join(' · '),
    intervisionTitle: (method: string, month: string) => `Intervisie lesson (${method}, ${month})`,
    intervisionMeta: 'Shared anonymously with the case owner’s consent',
    coffeeTitle: 'This month’s koffiedate round is open',
    coffeeMeta: (deadline: Date) => `Sign up until ${dateTimeFormat.en.format(deadline)}`,
    membersTitle: (cop: string, n: number) => `${cop}: ${plural(n, 'new member', 'new members')}`,
    membersMeta: (names: string[], n: number) =>
      n > names.length
        ? `${names.join(', ')} and ${n - names.length} others`
        : joinAnd(names, 'and'),
    more: (n: number) => plural(n, 'more item', 'more items'),
    notification: {
      MENTION: (actor: string, title: string) => `${actor} mentioned you in “${title}”`,
      REPLY: (actor: string, title: string) => `${actor} replied to “${title}”`,
      COMMUNITY_ACTIVITY: (cop: string, title: string) => `New in ${cop}: “${title}”`,
      MEETING_CHANGE: (title: string) => `Meeting changed: ${title}`,
      COFFEE_DATE: 'The koffiedate round is open',
      INTERVISION_PHASE: (group: string, phase: string) => `${group}: phase “${phase}” has started`,
      someone: 'Someone',
    },
  },
};

function joinAnd(list: string[], and: string): string {
  return list.length <= 1
    ? (list[0] ?? '')
    : `${list.slice(0, -1).join(', ')} ${and} ${list.at(-1)}`;
}

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
type Text = (typeof TEXT)['nl'];

function notificationItem(
  n: DigestNotification,
  t: Text,
  links: Links,
  language: 'nl' | 'en',
): EmailItem | null {
  const actor = n.actorName ?? t.notification.someone;
  const cop = n.community?.name ?? null;
  switch (n.kind) {
    case 'MENTION':
    case 'REPLY':
    case 'COMMUNITY_ACTIVITY': {
      if (!n.thread || !n.community) return null;
      const title =
        n.kind === 'COMMUNITY_ACTIVITY'
          ? t.notification.COMMUNITY_ACTIVITY(n.community.name, n.thread.title)
          : t.notification[n.kind](actor, n.thread.title);
      return { title, url: links.thread(n.community.slug, n.thread.id), meta: cop ?? undefined };
    }
    case 'MEETING_CHANGE':
      if (!n.meeting || !n.community) return null;
      return {
        title: t.notification.MEETING_CHANGE(n.meeting.title),
        url: links.meeting(n.community.slug, n.meeting.id),
        meta: cop ?? undefined,
      };
    case 'COFFEE_DATE':
      return { title: t.notification.COFFEE_DATE, url: links.coffeeDate };
    case 'INTERVISION_PHASE': {
      // Group name and phase title only: no case content ever leaves intervisie by email.
      const group = str(n.data.groupName) ?? str(n.data.group);
      // libs/notifications stores the phase title in both languages.
      const phase =
        str(n.data[language === 'en' ? 'phaseTitleEn' : 'phaseTitleNl']) ?? str(n.data.phaseTitle);
      if (!group || !phase) return null;
      const caseId = str(n.data.caseId);
      return {
        title: t.notification.INTERVISION_PHASE(group, phase),
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
    const item = notificationItem(n, t, links, recipient.language);
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
