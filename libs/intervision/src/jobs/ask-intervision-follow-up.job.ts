import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CaseState } from '../entities/intervision-case.entity';
import { IntervisionCaseRepository } from '../intervision-case.repository';
import { IntervisionGroupRepository } from '../intervision-group.repository';
import { caseUrl, WHY } from './intervision-email';

export interface AskIntervisionFollowUpData {
  caseId: string;
}

export const askIntervisionFollowUpJob = defineJob<AskIntervisionFollowUpData>(
  QueueName.Mail,
  'ask-intervision-follow-up',
);

const TEXT = {
  nl: {
    subject: (title: string) => `Hoe ging je volgende stap? – ${title}`,
    intro: 'Een tijd geleden sloot je intervisiegroep je casus af en koos je een volgende stap.',
    ask: 'Hoe is het gegaan? Je antwoord komt bij de casus te staan, zodat je groep meeleest.',
    action: 'Vertel hoe het ging',
  },
  en: {
    subject: (title: string) => `How did your next step go? – ${title}`,
    intro: 'A while ago your intervision group closed your case and you chose a next step.',
    ask: 'How did it go? Your answer joins the case, so your group can read along.',
    action: 'Tell how it went',
  },
};

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
    if (!owner) return;
    const language = owner.language === 'en' ? 'en' : 'nl';
    const text = TEXT[language];
    const { html, text: plain } = renderEmail({
      language,
      title: text.subject(kase.title),
      paragraphs: [text.intro, text.ask],
      action: { label: text.action, url: `${caseUrl(this.config.PUBLIC_URL, kase.id)}#follow-up` },
      reason: WHY[language],
      settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
    });
    await this.mailer.send({
      key: `intervision-follow-up:${kase.id}`,
      to: owner.email,
      subject: text.subject(kase.title),
      html,
      text: plain,
    });
    await this.cases.markFollowUpAsked(kase.id);
  }
}
