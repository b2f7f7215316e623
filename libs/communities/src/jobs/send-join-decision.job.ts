import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CommunityRepository } from '../community.repository';
import { joinDecisionEmail } from '../emails/join-decision.email';
import { MembershipRepository } from '../membership.repository';

export interface SendJoinDecisionData {
  eventId: string;
  communityId: string;
  memberId: string;
  approved: boolean;
  message: string;
}

export const sendJoinDecisionJob = defineJob<SendJoinDecisionData>(
  QueueName.Mail,
  'send-community-join-decision',
);

/** Tells the applicant the outcome of their request, with the coordinator's message. */
@Injectable()
@JobHandler(sendJoinDecisionJob)
export class SendJoinDecisionJob implements JobProcessor<SendJoinDecisionData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly communities: CommunityRepository,
    private readonly memberships: MembershipRepository,
  ) {}

  async handle(data: SendJoinDecisionData): Promise<void> {
    const [community, applicant] = await Promise.all([
      this.communities.findById(data.communityId),
      this.memberships.contact(data.memberId),
    ]);
    if (!community || !applicant) return; // deleted meanwhile: nobody to tell
    const email = joinDecisionEmail(
      {
        publicUrl: this.config.PUBLIC_URL,
        community,
        approved: data.approved,
        message: data.message,
      },
      applicant.language,
    );
    await this.mailer.send({
      key: `community-join-decision:${data.eventId}`,
      to: applicant.email,
      ...email,
    });
  }
}
