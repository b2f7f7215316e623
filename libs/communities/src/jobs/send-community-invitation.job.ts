import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import type { CommunityInvitedPayload } from '../communities.events';
import { CommunityRepository } from '../community.repository';
import { communityInvitationEmail } from '../emails/community-invitation.email';
import { MembershipRepository } from '../membership.repository';

export type SendCommunityInvitationData = CommunityInvitedPayload;

export const sendCommunityInvitationJob = defineJob<SendCommunityInvitationData>(
  QueueName.Mail,
  'send-community-invitation',
  {
    // The token must not linger in Redis once the mail is out.
    removeOnComplete: true,
    removeOnFail: { age: 3600 },
    attempts: 4,
  },
);

@Injectable()
@JobHandler(sendCommunityInvitationJob)
export class SendCommunityInvitationJob implements JobProcessor<SendCommunityInvitationData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly communities: CommunityRepository,
    private readonly memberships: MembershipRepository,
  ) {}

  async handle(data: SendCommunityInvitationData): Promise<void> {
    if (new Date(data.expiresAt).getTime() < Date.now()) return;
    const [community, inviter, invitee] = await Promise.all([
      this.communities.findById(data.communityId),
      this.memberships.contact(data.invitedBy),
      this.memberships.contactByEmail(data.email),
    ]);
    if (!community) return;
    // Someone without an account gets Dutch, the platform's first language.
    const language = invitee?.language ?? 'nl';
    const days = Math.max(
      1,
      Math.round((new Date(data.expiresAt).getTime() - Date.now()) / 86_400_000),
    );
    const url = `${this.config.PUBLIC_URL}/communities/invitation?token=${encodeURIComponent(data.token)}`;
    const email = communityInvitationEmail(
      {
        communityName: community.name,
        inviterName: inviter?.name ?? null,
        url,
        days,
        message: data.message,
      },
      language,
    );
    await this.mailer.send({
      key: `community-invitation:${data.invitationId}`,
      to: data.email,
      ...email,
    });
  }
}
