import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import type { DataRightsLinkPayload } from '../data-rights.events';
import { DataRightsRepository } from '../data-rights.repository';
import { confirmErasureEmail } from '../emails/erasure-confirmation.email';

export type SendErasureConfirmationData = DataRightsLinkPayload;

export const sendErasureConfirmationJob = defineJob<SendErasureConfirmationData>(
  QueueName.Mail,
  'send-erasure-confirmation',
  // The token must not linger in Redis once the mail is out.
  { removeOnComplete: true, removeOnFail: { age: 3600 }, attempts: 4 },
);

@Injectable()
@JobHandler(sendErasureConfirmationJob)
export class SendErasureConfirmationJob implements JobProcessor<SendErasureConfirmationData> {
  constructor(
    private readonly repository: DataRightsRepository,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async handle(data: SendErasureConfirmationData): Promise<void> {
    const request = await this.repository.findById(data.requestId);
    if (!request?.email || request.usedAt) return;
    const expiresAt = new Date(request.expiresAt);
    if (expiresAt.getTime() < Date.now()) return;
    const url = `${this.config.PUBLIC_URL}/data-rights/erase?token=${encodeURIComponent(data.token)}`;
    const { subject, content } = confirmErasureEmail({ url, expiresAt }, request.language);
    await this.mailer.send({
      key: `erasure-confirmation:${request.id}`,
      to: request.email,
      subject,
      content,
      transactional: 'always',
    });
  }
}
