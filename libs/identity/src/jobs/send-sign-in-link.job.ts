import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { signInLinkEmail } from '../emails/sign-in-link.email';

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
    const url = `${this.config.PUBLIC_URL}/auth/sign-in?token=${encodeURIComponent(data.token)}`;
    const email = signInLinkEmail(
      { url, minutes: this.config.SIGN_IN_LINK_TTL_MINUTES },
      data.language,
    );
    await this.mailer.send({
      key: `sign-in-link:${data.linkId}`,
      to: data.email,
      ...email,
      // Signing in proves the address works again, so a suppressed address still gets it.
      transactional: 'always',
    });
  }
}
