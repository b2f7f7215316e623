import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

export interface SendSignInLinkData {
  linkId: string;
  email: string;
  token: string;
  language: 'nl' | 'en';
  expiresAt: string;
}

export const sendSignInLinkJob = defineJob<SendSignInLinkData>(
  QueueName.Mail,
  'send-sign-in-link',
  {
    // The token must not linger in Redis once the mail is out.
    removeOnComplete: true,
    removeOnFail: { age: 3600 },
    attempts: 4,
  },
);

const TEXT = {
  nl: {
    subject: 'Je inloglink voor Leerhuis',
    title: 'Inloggen bij Leerhuis',
    body: (minutes: number) => [
      'Je vroeg om in te loggen bij Leerhuis. Gebruik de knop hieronder.',
      `De link werkt één keer en is ${minutes} minuten geldig.`,
      'Heb je dit niet zelf gevraagd? Dan kun je deze mail negeren; er gebeurt niets.',
    ],
    action: 'Inloggen',
    reason:
      'Je krijgt deze mail omdat iemand met dit adres een inloglink voor Leerhuis heeft aangevraagd.',
  },
  en: {
    subject: 'Your Leerhuis sign-in link',
    title: 'Sign in to Leerhuis',
    body: (minutes: number) => [
      'You asked to sign in to Leerhuis. Use the button below.',
      `The link works once and is valid for ${minutes} minutes.`,
      'Did not ask for this? You can ignore this email; nothing will happen.',
    ],
    action: 'Sign in',
    reason:
      'You receive this email because someone requested a Leerhuis sign-in link for this address.',
  },
};

@Injectable()
@JobHandler(sendSignInLinkJob)
export class SendSignInLinkJob implements JobProcessor<SendSignInLinkData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async handle(data: SendSignInLinkData): Promise<void> {
    // A link that expired while queued is useless; sending it would only confuse.
    if (new Date(data.expiresAt).getTime() < Date.now()) return;
    const text = TEXT[data.language] ?? TEXT.nl;
    const url = `${this.config.PUBLIC_URL}/auth/sign-in?token=${encodeURIComponent(data.token)}`;
    const minutes = this.config.SIGN_IN_LINK_TTL_MINUTES;
    const { html, text: plain } = renderEmail({
      language: data.language,
      title: text.title,
      paragraphs: text.body(minutes),
      action: { label: text.action, url },
      reason: text.reason,
    });
    await this.mailer.send({
      key: `sign-in-link:${data.linkId}`,
      to: data.email,
      subject: text.subject,
      html,
      text: plain,
      // Signing in proves the address works again, so a suppressed address still gets it.
      transactional: 'always',
    });
  }
}
