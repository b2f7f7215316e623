import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { ThreadRepository } from '../thread.repository';
import { threadUrl } from './discussion-mail';

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

const TEXT = {
  nl: {
    subject: (community: string) => `Je melding in ${community} is behandeld`,
    outcome: (hidden: boolean, reply: boolean, title: string) => {
      const post = reply ? `de reactie in de discussie "${title}"` : `de discussie "${title}"`;
      return hidden
        ? `Dank je voor je melding. Een moderator heeft ${post} verborgen.`
        : `Dank je voor je melding. Een moderator heeft ${post} bekeken en besloten het bericht te laten staan.`;
    },
    action: 'Naar de discussie',
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
    action: 'Go to the thread',
    reason: 'You receive this email because you reported a post on Leerhuis.',
  },
};

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
    const text = TEXT[reporter.language] ?? TEXT.nl;
    const subject = text.subject(context.communityName);
    const { html, text: plain } = renderEmail({
      language: reporter.language,
      title: subject,
      paragraphs: [text.outcome(data.outcome === 'HIDDEN', data.replyId !== null, context.title)],
      action: { label: text.action, url: threadUrl(this.config.PUBLIC_URL, context) },
      reason: text.reason,
      settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
    });
    // One report is resolved once, so its id is the key.
    await this.mailer.send({
      key: `discussion-report-outcome:${data.reportId}`,
      to: reporter.email,
      subject,
      html,
      text: plain,
    });
  }
}
