import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CaseState } from '../entities/intervision-case.entity';
import { IntervisionCaseRepository } from '../intervision-case.repository';
import { IntervisionGroupRepository } from '../intervision-group.repository';
import { caseUrl, WHY } from './intervision-email';

export interface SendIntervisionCaseClosedData {
  caseId: string;
}

export const sendIntervisionCaseClosedJob = defineJob<SendIntervisionCaseClosedData>(
  QueueName.Mail,
  'send-intervision-case-closed',
);

const TEXT = {
  nl: {
    subject: (title: string) => `Casus afgesloten: ${title}`,
    intro: 'De begeleider heeft de casus afgesloten. Dank voor je bijdragen.',
    next: 'De reflectie van de inbrenger en de lessen lees je in Leerhuis.',
    action: 'Naar de casus',
  },
  en: {
    subject: (title: string) => `Case closed: ${title}`,
    intro: 'The moderator has closed the case. Thank you for your contributions.',
    next: "The case owner's reflection and the lessons are on Leerhuis.",
    action: 'Go to the case',
  },
};

/** Tells every active member the case closed: its title and a link, nothing more. */
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
    for (const member of await this.groups.activeContacts(kase.groupId)) {
      const language = member.language === 'en' ? 'en' : 'nl';
      const text = TEXT[language];
      const { html, text: plain } = renderEmail({
        language,
        title: text.subject(kase.title),
        paragraphs: [text.intro, text.next],
        action: { label: text.action, url: caseUrl(this.config.PUBLIC_URL, kase.id) },
        reason: WHY[language],
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      });
      await this.mailer.send({
        key: `intervision-case-closed:${kase.id}:${member.id}`,
        to: member.email,
        subject: text.subject(kase.title),
        html,
        text: plain,
      });
    }
  }
}
