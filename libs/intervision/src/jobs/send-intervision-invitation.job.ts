import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { invitationEmail } from '../emails/intervision-invitation.email';
import { GroupMemberStatus } from '../entities/intervision-group-member.entity';
import { IntervisionGroupRepository } from '../intervision-group.repository';

export interface SendIntervisionInvitationData {
  eventId: string;
  groupId: string;
  memberId: string;
}

export const sendIntervisionInvitationJob = defineJob<SendIntervisionInvitationData>(
  QueueName.Mail,
  'send-intervision-invitation',
);

/** Tells an invitee about the group and the agreement to accept; once per invitation. */
@Injectable()
@JobHandler(sendIntervisionInvitationJob)
export class SendIntervisionInvitationJob implements JobProcessor<SendIntervisionInvitationData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly groups: IntervisionGroupRepository,
  ) {}

  async handle(data: SendIntervisionInvitationData): Promise<void> {
    const [group, membership, contact] = await Promise.all([
      this.groups.findById(data.groupId),
      this.groups.membership(data.groupId, data.memberId),
      this.groups.contact(data.memberId),
    ]);
    // Sent even if the invitee already joined (the link still leads to the group); not after
    // the invitation was declined or the member left.
    if (!group || !contact || !membership || membership.status === GroupMemberStatus.LEFT) return;
    const { subject, content } = invitationEmail(
      {
        publicUrl: this.config.PUBLIC_URL,
        groupName: group.name,
        groupId: group.id,
      },
      contact.language === 'en' ? 'en' : 'nl',
    );
    await this.mailer.send({
      key: `intervision-invitation:${data.eventId}`,
      to: contact.email,
      subject,
      content,
      confidential: true,
    });
  }
}
