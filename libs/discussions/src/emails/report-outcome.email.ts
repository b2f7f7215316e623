import { type Email, notificationSettingsUrl, rendered } from '@leerhuis/platform-mail';

import { GO_TO_THREAD, type Language, type ThreadRef, threadUrl } from './discussion-email-parts';

const TEXT = {
  nl: {
    subject: (community: string) => `Je melding in ${community} is behandeld`,
    outcome: (hidden: boolean, reply: boolean, title: string) => {
      const post = reply ? `de reactie in de discussie "${title}"` : `de discussie "${title}"`;
      return hidden
        ? `Dank je voor je melding. Een moderator heeft ${post} verborgen.`
        : `Dank je voor je melding. Een moderator heeft ${post} bekeken en besloten het bericht te laten staan.`;
    },
    reason: 'Je krijgt deze mail omdat je een bericht in Leerhuis hebt gemeld.',
  },
  en: {
    subject: (community: string) => `Your report in ${community} was handled`,
    outcome: (hidden: boolean, reply: boolean, title: string) => {
      const post = reply ? `the reply in the thread "${title}"` : `the thread "${title}"`;
      return hidden
        ? `Thank you for your report. A moderator hid ${post}.`
        : `Thank you for your report. A moderator looked at ${post} and decided to leave it.`;
    },
    reason: 'You receive this email because you reported a post on Leerhuis.',
  },
};

/** To the reporter: what the moderator decided. Title and link only, never the post's text. */
export function reportOutcomeEmail(
  data: { thread: ThreadRef; reply: boolean; hidden: boolean },
  language: Language,
): Email {
  const t = TEXT[language] ?? TEXT.nl;
  const subject = t.subject(data.thread.communityName);
  return rendered(subject, {
    language,
    title: subject,
    paragraphs: [t.outcome(data.hidden, data.reply, data.thread.title)],
    action: { label: GO_TO_THREAD[language], url: threadUrl(data.thread) },
    reason: t.reason,
    settingsUrl: notificationSettingsUrl(data.thread.publicUrl),
  });
}
