import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CaseState } from '../entities/intervision-case.entity';
import { GroupRole } from '../entities/intervision-group-member.entity';
import { IntervisionCaseRepository } from '../intervision-case.repository';
import { IntervisionGroupRepository } from '../intervision-group.repository';
import { allowedKinds, IntervisionRole } from '../intervision-method';
import { caseUrl, describeDeadline, kindsText, WHY } from './intervision-email';

export interface IntervisionDeadlineData {
  caseId: string;
  phaseIndex: number;
  deadline: string;
}

/** Delayed until shortly before the deadline; on the mail queue, like every email. */
export const remindIntervisionPhaseJob = defineJob<IntervisionDeadlineData>(
  QueueName.Mail,
  'remind-intervision-phase',
);

const TEXT = {
  nl: {
    subject: (phase: string, title: string) => `Herinnering: ${phase} – ${title}`,
    intro: (phase: string) => `De fase ${phase} sluit binnenkort en je hebt nog niet bijgedragen.`,
    expected: (kinds: string) => `Van jou wordt verwacht: ${kinds}.`,
    action: 'Naar de casus',
  },
  en: {
    subject: (phase: string, title: string) => `Reminder: ${phase} – ${title}`,
    intro: (phase: string) => `The phase ${phase} closes soon and you have not contributed yet.`,
    expected: (kinds: string) => `What is expected of you: ${kinds}.`,
    action: 'Go to the case',
  },
};

/**
 * Reminds the members who may write in the phase and have not, once per deadline. Does
 * nothing when the phase has moved on or its deadline changed (a newer job covers that).
 */
@Injectable()
@JobHandler(remindIntervisionPhaseJob)
export class RemindIntervisionPhaseJob implements JobProcessor<IntervisionDeadlineData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly cases: IntervisionCaseRepository,
    private readonly groups: IntervisionGroupRepository,
  ) {}

  async handle(data: IntervisionDeadlineData): Promise<void> {
    const kase = await this.cases.findById(data.caseId);
    if (
      !kase?.methodSnapshot ||
      kase.state !== CaseState.IN_PHASE ||
      kase.currentPhase !== data.phaseIndex
    ) {
      return;
    }
    const run = await this.cases.phase(kase.id, data.phaseIndex);
    if (!run || run.closedAt || run.deadline?.getTime() !== new Date(data.deadline).getTime()) {
      return;
    }
    const phase = kase.methodSnapshot.phases[data.phaseIndex];
    const contributed = await this.cases.contributorIds(kase.id, data.phaseIndex);
    for (const member of await this.groups.activeContacts(kase.groupId)) {
      if (contributed.has(member.id)) continue;
      const role =
        member.id === kase.ownerId
          ? IntervisionRole.CASE_OWNER
          : member.role === GroupRole.MODERATOR
            ? IntervisionRole.MODERATOR
            : IntervisionRole.PARTICIPANTS;
      const kinds = allowedKinds(phase, role);
      if (kinds.length === 0) continue;
      const language = member.language === 'en' ? 'en' : 'nl';
      const text = TEXT[language];
      const title = language === 'en' ? phase.titleEn : phase.titleNl;
      const { html, text: plain } = renderEmail({
        language,
        title: text.subject(title, kase.title),
        paragraphs: [
          text.intro(title),
          text.expected(kindsText(kinds, language)),
          describeDeadline(run.deadline, language),
        ],
        action: { label: text.action, url: caseUrl(this.config.PUBLIC_URL, kase.id) },
        reason: WHY[language],
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      });
      await this.mailer.send({
        key: `intervision-phase-reminder:${kase.id}:${data.phaseIndex}:${run.deadline.getTime()}:${member.id}`,
        to: member.email,
        subject: text.subject(title, kase.title),
        html,
        text: plain,
      });
    }
  }
}
