import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { reportOutcomeEmail } from '../emails/report-outcome.email';
import { ThreadRepository } from '../thread.repository';

export interface SendReportOutcomeData {
  reportId: string;
  threadId: string;
  replyId: string | null;
  reporterId: string;
  outcome: 'HIDDEN' | 'DISMISSED';
}

export const sendReportOutcomeJob = defineJob<SendReportOutcomeData>(
  QueueName.Mail,
  'send-discussion-report-outcome',
);

/** Tells the reporter the outcome: title and link only, never the post's text. */
@Injectable()
@JobHandler(sendReportOutcomeJob)
export class SendReportOutcomeJob implements JobProcessor<SendReportOutcomeData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly threads: ThreadRepository,
  ) {}

  async handle(data: SendReportOutcomeData): Promise<void> {
    const [context, reporter] = await Promise.all([
      this.threads.mailContext(data.threadId),
      this.threads.contact(data.reporterId),
    ]);
    if (!context || !reporter) return;
    const email = reportOutcomeEmail(
      {
        thread: { ...context, publicUrl: this.config.PUBLIC_URL },
        reply: data.replyId !== null,
        hidden: data.outcome === 'HIDDEN',
      },
      reporter.language,
    );
    // One report is resolved once, so its id is the key.
    await this.mailer.send({
      key: `discussion-report-outcome:${data.reportId}`,
      to: reporter.email,
      ...email,
    });
  }
}
