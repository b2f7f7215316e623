import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CommunityRepository } from '../community.repository';
import { joinRequestEmail } from '../emails/join-request.email';
import { JoinRequestRepository } from '../join-request.repository';

export interface SendJoinRequestData {
  eventId: string;
  communityId: string;
  memberId: string;
  motivation: string;
}

export const sendJoinRequestJob = defineJob<SendJoinRequestData>(
  QueueName.Mail,
  'send-community-join-request',
);

/**
 * Tells every coordinator of an on-request CoP that someone asks to join. One key per
 * request event and coordinator: a retry reaches only those not emailed yet.
 */
@Injectable()
@JobHandler(sendJoinRequestJob)
export class SendJoinRequestJob implements JobProcessor<SendJoinRequestData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly communities: CommunityRepository,
    private readonly requests: JoinRequestRepository,
  ) {}

  async handle(data: SendJoinRequestData): Promise<void> {
    const [community, applicant, coordinators] = await Promise.all([
      this.communities.findById(data.communityId),
      this.requests.pendingApplicant(data.communityId, data.memberId),
      this.requests.coordinatorContacts(data.communityId),
    ]);
    // Decided or withdrawn before the mail left: nothing left to decide.
    if (!community || !applicant) return;
    for (const coordinator of coordinators) {
      if (coordinator.id === applicant.id) continue;
      const email = joinRequestEmail(
        {
          publicUrl: this.config.PUBLIC_URL,
          community,
          applicant,
          motivation: data.motivation,
        },
        coordinator.language,
      );
      await this.mailer.send({
        key: `community-join-request:${data.eventId}:${coordinator.id}`,
        to: coordinator.email,
        ...email,
      });
    }
  }
}
