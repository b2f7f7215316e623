import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { peerIntroductionRequestEmail } from '../../emails/peer-introduction.email';
import { LearningGroupRepository } from '../../learning-group.repository';
import type { PeerIntroductionMailData } from './peer-introduction-mail-data';

/** The picked peer is asked (a link to answer in the web app). */
export const sendPeerIntroductionRequestJob = defineJob<PeerIntroductionMailData>(
  QueueName.Mail,
  'send-peer-introduction-request',
);

@Injectable()
@JobHandler(sendPeerIntroductionRequestJob)
export class SendPeerIntroductionRequestJob implements JobProcessor<PeerIntroductionMailData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly members: LearningGroupRepository,
  ) {}

  async handle(data: PeerIntroductionMailData): Promise<void> {
    const contacts = await this.members.contacts([data.requesterId, data.peerId]);
    const requester = contacts.get(data.requesterId);
    const peer = contacts.get(data.peerId);
    if (!requester || !peer) return;
    const email = peerIntroductionRequestEmail(
      {
        publicUrl: this.config.PUBLIC_URL,
        introductionId: data.introductionId,
        requesterName: requester.name,
      },
      peer.language,
    );
    await this.mailer.send({
      key: `peer-introduction-request:${data.introductionId}`,
      to: peer.email,
      ...email,
    });
  }
}
