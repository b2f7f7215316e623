import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { followUpEmail } from '../emails/intervision-follow-up.email';
import { CaseState } from '../entities/intervision-case.entity';
import { IntervisionCaseRepository } from '../intervision-case.repository';
import { IntervisionGroupRepository } from '../intervision-group.repository';

export interface AskIntervisionFollowUpData {
  caseId: string;
}

export const askIntervisionFollowUpJob = defineJob<AskIntervisionFollowUpData>(
  QueueName.Mail,
  'ask-intervision-follow-up',
);

/** Asks the case owner, once, how the next step went; the link opens the follow-up form. */
@Injectable()
@JobHandler(askIntervisionFollowUpJob)
export class AskIntervisionFollowUpJob implements JobProcessor<AskIntervisionFollowUpData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly cases: IntervisionCaseRepository,
    private readonly groups: IntervisionGroupRepository,
  ) {}

  async handle(data: AskIntervisionFollowUpData): Promise<void> {
    const kase = await this.cases.findById(data.caseId);
    if (kase?.state !== CaseState.CLOSED || !kase.ownerId || kase.followUpAnsweredAt) return;
    // Someone who left the group no longer hears about its cases.
    const owner = (await this.groups.activeContacts(kase.groupId)).find(
      (m) => m.id === kase.ownerId,
    );
    const group = await this.groups.findById(kase.groupId);
    if (!owner || !group) return;
    const { subject, content } = followUpEmail(
      {
        publicUrl: this.config.PUBLIC_URL,
        groupName: group.name,
        caseId: kase.id,
      },
      owner.language === 'en' ? 'en' : 'nl',
    );
    await this.mailer.send({
      key: `intervision-follow-up:${kase.id}`,
      to: owner.email,
      subject,
      content,
      confidential: true,
    });
    await this.cases.markFollowUpAsked(kase.id);
  }
}
