import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { peerIntroductionEmail } from '../../emails/peer-introduction.email';
import { LearningGroupRepository } from '../../learning-group.repository';
import type { PeerIntroductionMailData } from './peer-introduction-mail-data';

/** The peer accepted: both are introduced to each other. */
export const sendPeerIntroductionJob = defineJob<PeerIntroductionMailData>(
  QueueName.Mail,
  'send-peer-introduction',
);

/** One email to each of the two; keyed per introduction and person, so sent exactly once. */
@Injectable()
@JobHandler(sendPeerIntroductionJob)
export class SendPeerIntroductionJob implements JobProcessor<PeerIntroductionMailData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly members: LearningGroupRepository,
  ) {}

  async handle(data: PeerIntroductionMailData): Promise<void> {
    const contacts = await this.members.contacts([data.requesterId, data.peerId]);
    const pairs = [
      [data.requesterId, data.peerId],
      [data.peerId, data.requesterId],
    ] as const;
    for (const [toId, otherId] of pairs) {
      const to = contacts.get(toId);
      const other = contacts.get(otherId);
      if (!to || !other) continue;
      const email = peerIntroductionEmail(
        {
          publicUrl: this.config.PUBLIC_URL,
          introductionId: data.introductionId,
          other: { name: other.name, email: other.email },
        },
        to.language,
      );
      await this.mailer.send({
        key: `peer-introduction:${data.introductionId}:${toId}`,
        to: to.email,
        ...email,
      });
    }
  }
}
