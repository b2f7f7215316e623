import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CONFIRMATION_TTL_MS, signConfirmationToken } from '../email-confirmation-token';
import { emailConfirmationEmail } from '../emails/email-confirmation.email';

export interface SendEmailConfirmationData {
  /** The outbox event: one email per request. */
  requestId: string;
  address: string;
  language: 'nl' | 'en';
}

export const sendEmailConfirmationJob = defineJob<SendEmailConfirmationData>(
  QueueName.Mail,
  'send-email-confirmation',
);

/** Mails the confirmation link; it goes even to the suppressed address (that is its point). */
@Injectable()
@JobHandler(sendEmailConfirmationJob)
export class SendEmailConfirmationJob implements JobProcessor<SendEmailConfirmationData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async handle(data: SendEmailConfirmationData): Promise<void> {
    const token = signConfirmationToken(
      this.config.MAIL_TOKEN_SECRET,
      data.address,
      Date.now() + CONFIRMATION_TTL_MS,
    );
    const url = `${this.config.PUBLIC_URL}/e-mail-bevestigen?token=${encodeURIComponent(token)}`;
    const email = emailConfirmationEmail({ publicUrl: this.config.PUBLIC_URL, url }, data.language);
    await this.mailer.send({
      key: `email-confirmation:${data.requestId}`,
      to: data.address,
      ...email,
      transactional: 'always',
    });
  }
}
