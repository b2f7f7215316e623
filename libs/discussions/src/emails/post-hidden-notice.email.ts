import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

import { GO_TO_THREAD, type Language, type ThreadRef, threadUrl } from './discussion-email-parts';

const TEXT = {
  nl: {
    subject: (community: string) => `Een moderator heeft je bericht in ${community} verborgen`,
    outcome: (reply: boolean, title: string, community: string) =>
      `Een moderator van de community ${community} heeft ${reply ? `je reactie in de discussie "${title}"` : `je discussie "${title}"`} verborgen. Andere leden zien het bericht niet meer.`,
    question: 'Vragen hierover? Neem contact op met een coördinator of moderator van de community.',
    reason: 'Je krijgt deze mail omdat je dit bericht in Leerhuis hebt geplaatst.',
  },
  en: {
    subject: (community: string) => `A moderator hid your post in ${community}`,
    outcome: (reply: boolean, title: string, community: string) =>
      `A moderator of the community ${community} hid ${reply ? `your reply in the thread "${title}"` : `your thread "${title}"`}. Other members no longer see it.`,
    question: 'Questions? Contact a coordinator or moderator of the community.',
    reason: 'You receive this email because you posted this on Leerhuis.',
  },
};

/** To the author of a hidden post: title and link only, never the post's text. */
export function postHiddenNoticeEmail(
  data: { thread: ThreadRef; reply: boolean },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const { thread } = data;
  const subject = t.subject(thread.communityName);
  return rendered(subject, {
    language,
    title: subject,
    paragraphs: [t.outcome(data.reply, thread.title, thread.communityName), t.question],
    action: { label: GO_TO_THREAD[language], url: threadUrl(thread) },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(thread.publicUrl),
  });
}
