import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { ThreadRepository } from '../thread.repository';
import { threadUrl } from './discussion-mail';

export interface SendPostHiddenNoticeData {
  eventId: string;
  threadId: string;
  replyId: string | null;
  /** Null when the author left the platform: nobody to tell. */
  authorId: string | null;
}

export const sendPostHiddenNoticeJob = defineJob<SendPostHiddenNoticeData>(
  QueueName.Mail,
  'send-discussion-post-hidden-notice',
);

const TEXT = {
  nl: {
    subject: (community: string) => `Een moderator heeft je bericht in ${community} verborgen`,
    outcome: (reply: boolean, title: string, community: string) =>
      `Een moderator van de community ${community} heeft ${reply ? `je reactie in de discussie "${title}"` : `je discussie "${title}"`} verborgen. Andere leden zien het bericht niet meer.`,
    question: 'Vragen hierover? Neem contact op met een coördinator of moderator van de community.',
    action: 'Naar de discussie',
    reason: 'Je krijgt deze mail omdat je dit bericht in Leerhuis hebt geplaatst.',
  },
  en: {
    subject: (community: string) => `A moderator hid your post in ${community}`,
    outcome: (reply: boolean, title: string, community: string) =>
      `A moderator of the community ${community} hid ${reply ? `your reply in the thread "${title}"` : `your thread "${title}"`}. Other members no longer see it.`,
    question: 'Questions? Contact a coordinator or moderator of the community.',
    action: 'Go to the thread',
    reason: 'You receive this email because you posted this on Leerhuis.',
  },
};

/** Tells the author their post was hidden: title and link only, never the post's text. */
@Injectable()
@JobHandler(sendPostHiddenNoticeJob)
export class SendPostHiddenNoticeJob implements JobProcessor<SendPostHiddenNoticeData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly threads: ThreadRepository,
  ) {}

  async handle(data: SendPostHiddenNoticeData): Promise<void> {
    if (!data.authorId) return;
    const [context, author] = await Promise.all([
      this.threads.mailContext(data.threadId),
      this.threads.contact(data.authorId),
    ]);
    if (!context || !author) return; // deleted meanwhile: nobody to tell
    const text = TEXT[author.language] ?? TEXT.nl;
    const subject = text.subject(context.communityName);
    const { html, text: plain } = renderEmail({
      language: author.language,
      title: subject,
      paragraphs: [
        text.outcome(data.replyId !== null, context.title, context.communityName),
        text.question,
      ],
      action: { label: text.action, url: threadUrl(this.config.PUBLIC_URL, context) },
      reason: text.reason,
      settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
    });
    await this.mailer.send({
      key: `discussion-post-hidden:${data.eventId}`,
      to: author.email,
      subject,
      html,
      text: plain,
    });
  }
}
