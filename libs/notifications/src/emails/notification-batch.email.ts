import type { EmailContent, EmailItem, EmailSection } from '@leerhuis/platform-mail';
import { notificationSettingsUrl } from '@leerhuis/platform-mail';

import type { NotificationRow } from '../notification.repository';
import { NotificationKind } from '../notification-kinds';
import { excerptOf, presentNotification } from '../notification-presenter';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    subject: (n: number) =>
      n === 1 ? 'Nieuw in Leerhuis: 1 melding' : `Nieuw in Leerhuis: ${n} meldingen`,
    intro: 'Dit is er voor je gebeurd sinds je vorige e-mail.',
    headings: {
      MENTION: 'Je bent genoemd',
      REPLY: 'Reacties op je discussies',
      COMMUNITY_ACTIVITY: 'Nieuw in je community’s',
    },
    action: 'Alle meldingen',
    reason:
      'Je krijgt deze mail omdat je hebt gekozen om vermeldingen, reacties of berichten uit een community direct te ontvangen. We sturen hooguit één zo’n mail per kwartier.',
  },
  en: {
    subject: (n: number) =>
      n === 1 ? 'New on Leerhuis: 1 notification' : `New on Leerhuis: ${n} notifications`,
    intro: 'This is what happened for you since your previous email.',
    headings: {
      MENTION: 'You were mentioned',
      REPLY: 'Replies to your threads',
      COMMUNITY_ACTIVITY: 'New in your communities',
    },
    action: 'All notifications',
    reason:
      'You receive this email because you chose to get mentions, replies or posts from a community immediately. We send at most one such email per quarter of an hour.',
  },
};

const ORDER = [
  NotificationKind.MENTION,
  NotificationKind.REPLY,
  NotificationKind.COMMUNITY_ACTIVITY,
] as const;

/**
 * One email for a batch of notifications, grouped by kind. Excerpts only for open CoPs: a
 * closed CoP's post travels as title and link.
 */
export function notificationEmail(
  data: {
    rows: NotificationRow[];
    publicUrl: string;
    /** The batch window: the reason says at most one such email per this many minutes. */
    batchMinutes: number;
  },
  language: Language,
): { subject: string; content: EmailContent } {
  const { rows, publicUrl, batchMinutes } = data;
  const t = TEXT[language] ?? TEXT.nl;
  const sections: EmailSection[] = ORDER.map((kind) => ({
    heading: t.headings[kind],
    items: rows
      .filter((row) => row.kind === kind)
      .map((row): EmailItem => {
        const presented = presentNotification(row, language);
        const excerpt = row.communityJoinPolicy === 'OPEN' ? excerptOf(row.postBody) : undefined;
        return {
          title: presented.title,
          url: `${publicUrl}${presented.url}`,
          ...(row.communityName ? { meta: row.communityName } : {}),
          ...(excerpt ? { excerpt } : {}),
        };
      }),
  })).filter((section) => section.items.length > 0);
  const reason =
    batchMinutes === 15
      ? t.reason
      : t.reason.replace(
          language === 'en' ? 'per quarter of an hour' : 'per kwartier',
          language === 'en' ? `per ${batchMinutes} minutes` : `per ${batchMinutes} minuten`,
        );
  return {
    subject: t.subject(rows.length),
    content: {
      language,
      title: t.subject(rows.length),
      paragraphs: [t.intro],
      sections,
      action: { label: t.action, url: `${publicUrl}/meldingen` },
      reason,
      settingsUrl: notificationSettingsUrl(publicUrl),
    },
  };
}
