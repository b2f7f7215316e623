import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { caseClosedEmail } from '../emails/intervision-case-closed.email';
import { CaseState } from '../entities/intervision-case.entity';
import { IntervisionCaseRepository } from '../intervision-case.repository';
import { IntervisionGroupRepository } from '../intervision-group.repository';

export interface SendIntervisionCaseClosedData {
  caseId: string;
}

export const sendIntervisionCaseClosedJob = defineJob<SendIntervisionCaseClosedData>(
  QueueName.Mail,
  'send-intervision-case-closed',
);

/** Tells every active member a case of the group closed: the group's name and a link. */
@Injectable()
@JobHandler(sendIntervisionCaseClosedJob)
export class SendIntervisionCaseClosedJob implements JobProcessor<SendIntervisionCaseClosedData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly cases: IntervisionCaseRepository,
    private readonly groups: IntervisionGroupRepository,
  ) {}

  async handle(data: SendIntervisionCaseClosedData): Promise<void> {
    const kase = await this.cases.findById(data.caseId);
    if (kase?.state !== CaseState.CLOSED) return;
    const group = await this.groups.findById(kase.groupId);
    if (!group) return;
    for (const member of await this.groups.activeContacts(kase.groupId)) {
      const language = member.language === 'en' ? 'en' : 'nl';
      const { subject, content } = caseClosedEmail(
        {
          publicUrl: this.config.PUBLIC_URL,
          groupName: group.name,
          caseId: kase.id,
        },
        language,
      );
      await this.mailer.send({
        key: `intervision-case-closed:${kase.id}:${member.id}`,
        to: member.email,
        subject,
        content,
        confidential: true,
      });
    }
  }
}
