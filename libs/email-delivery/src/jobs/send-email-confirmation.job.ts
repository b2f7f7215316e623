import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CONFIRMATION_TTL_MS, signConfirmationToken } from '../email-confirmation-token';

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

const TEXT = {
  nl: {
    subject: 'Bevestig je e-mailadres voor Leerhuis',
    body: [
      'Eerder kwam e-mail van Leerhuis niet aan op dit adres. Daarom stuurden we je niets meer.',
      'Komt deze mail wel aan? Bevestig dan je adres met de knop hieronder; daarna krijg je weer e-mail van Leerhuis. De link is 24 uur geldig.',
    ],
    action: 'Mijn adres bevestigen',
    reason: 'Je krijgt deze mail omdat je in Leerhuis vroeg om je e-mailadres te bevestigen.',
  },
  en: {
    subject: 'Confirm your email address for Leerhuis',
    body: [
      'Earlier, email from Leerhuis did not reach this address, so we stopped sending you any.',
      'Did this one arrive? Then confirm your address with the button below and you will get email from Leerhuis again. The link is valid for 24 hours.',
    ],
    action: 'Confirm my address',
    reason: 'You receive this email because you asked Leerhuis to confirm your email address.',
  },
};

/** Mails the confirmation link; it goes even to the suppressed address (that is its point). */
@Injectable()
@JobHandler(sendEmailConfirmationJob)
export class SendEmailConfirmationJob implements JobProcessor<SendEmailConfirmationData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async handle(data: SendEmailConfirmationData): Promise<void> {
    const text = TEXT[data.language] ?? TEXT.nl;
    const token = signConfirmationToken(
      this.config.MAIL_TOKEN_SECRET,
      data.address,
      Date.now() + CONFIRMATION_TTL_MS,
    );
    const url = `${this.config.PUBLIC_URL}/e-mail-bevestigen?token=${encodeURIComponent(token)}`;
    const { html, text: plain } = renderEmail({
      language: data.language,
      title: text.subject,
      paragraphs: text.body,
      action: { label: text.action, url },
      reason: text.reason,
      settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
    });
    await this.mailer.send({
      key: `email-confirmation:${data.requestId}`,
      to: data.address,
      subject: text.subject,
      html,
      text: plain,
      transactional: 'always',
    });
  }
}
