import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { removedEmail } from '../emails/intervision-removed.email';
import { GroupMemberEndReason } from '../entities/intervision-group-member.entity';
import { IntervisionGroupRepository } from '../intervision-group.repository';

export interface SendIntervisionRemovalData {
  eventId: string;
  groupId: string;
  memberId: string;
}

export const sendIntervisionRemovalJob = defineJob<SendIntervisionRemovalData>(
  QueueName.Mail,
  'send-intervision-removal',
);

/** Tells a member a moderator removed them from a group: the group's name, no cases. */
@Injectable()
@JobHandler(sendIntervisionRemovalJob)
export class SendIntervisionRemovalJob implements JobProcessor<SendIntervisionRemovalData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly groups: IntervisionGroupRepository,
  ) {}

  async handle(data: SendIntervisionRemovalData): Promise<void> {
    const [group, membership, contact] = await Promise.all([
      this.groups.findById(data.groupId),
      this.groups.membership(data.groupId, data.memberId),
      this.groups.contact(data.memberId),
    ]);
    // Not when the moderator invited them again before this ran.
    if (!group || !contact || membership?.endReason !== GroupMemberEndReason.REMOVED) return;
    const { subject, content } = removedEmail(
      {
        publicUrl: this.config.PUBLIC_URL,
        groupName: group.name,
      },
      contact.language === 'en' ? 'en' : 'nl',
    );
    await this.mailer.send({
      key: `intervision-removal:${data.eventId}`,
      to: contact.email,
      subject,
      content,
      confidential: true,
    });
  }
}
