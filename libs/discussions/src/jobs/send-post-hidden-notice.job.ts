import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { postHiddenNoticeEmail } from '../emails/post-hidden-notice.email';
import { ThreadRepository } from '../thread.repository';

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
    const email = postHiddenNoticeEmail(
      {
        thread: { ...context, publicUrl: this.config.PUBLIC_URL },
        reply: data.replyId !== null,
      },
      author.language,
    );
    await this.mailer.send({
      key: `discussion-post-hidden:${data.eventId}`,
      to: author.email,
      ...email,
    });
  }
}
