import { AppConfig } from '@leerhuis/platform-config';
import {
  type EmailContent,
  Mailer,
  notificationSettingsUrl,
  UnsubscribeScope,
} from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { GroupRole } from '../entities/intervision-group-member.entity';
import { IntervisionCaseRepository } from '../intervision-case.repository';
import { IntervisionTask } from '../intervision-expectation';
import { IntervisionGroupRepository } from '../intervision-group.repository';
import { allowedKinds, IntervisionRole } from '../intervision-method';
import { caseUrl, describeDeadline, expectationText, WHY } from './intervision-email';

export interface SendIntervisionPhaseOpenedData {
  caseId: string;
  phaseIndex: number;
}

export const sendIntervisionPhaseOpenedJob = defineJob<SendIntervisionPhaseOpenedData>(
  QueueName.Mail,
  'send-intervision-phase-opened',
);

const TEXT = {
  nl: {
    subject: (phase: string, title: string) => `Fase geopend: ${phase} – ${title}`,
    intro: (phase: string, n: number, total: number) =>
      `De fase ${phase} (${n} van ${total}) is geopend.`,
    noDeadline: 'Deze fase heeft geen einddatum: de begeleider sluit haar.',
    action: 'Naar de casus',
  },
  en: {
    subject: (phase: string, title: string) => `Phase opened: ${phase} – ${title}`,
    intro: (phase: string, n: number, total: number) =>
      `The phase ${phase} (${n} of ${total}) has opened.`,
    noDeadline: 'This phase has no deadline: the moderator closes it.',
    action: 'Go to the case',
  },
};

/** Tells each active member that a phase opened, what is expected of them and by when. */
@Injectable()
@JobHandler(sendIntervisionPhaseOpenedJob)
export class SendIntervisionPhaseOpenedJob implements JobProcessor<SendIntervisionPhaseOpenedData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly cases: IntervisionCaseRepository,
    private readonly groups: IntervisionGroupRepository,
  ) {}

  async handle(data: SendIntervisionPhaseOpenedData): Promise<void> {
    const kase = await this.cases.findById(data.caseId);
    const run = await this.cases.phase(data.caseId, data.phaseIndex);
    if (!kase?.methodSnapshot || !run) return;
    const phase = kase.methodSnapshot.phases[data.phaseIndex];
    const total = kase.methodSnapshot.phases.length;
    for (const member of await this.groups.activeContacts(kase.groupId)) {
      const language = member.language === 'en' ? 'en' : 'nl';
      const text = TEXT[language];
      const role =
        member.id === kase.ownerId
          ? IntervisionRole.CASE_OWNER
          : member.role === GroupRole.MODERATOR
            ? IntervisionRole.MODERATOR
            : IntervisionRole.PARTICIPANTS;
      const kinds = allowedKinds(phase, role);
      const task =
        kinds.length > 0
          ? IntervisionTask.CONTRIBUTE
          : role === IntervisionRole.CASE_OWNER
            ? IntervisionTask.LISTEN
            : role === IntervisionRole.MODERATOR
              ? IntervisionTask.MODERATE
              : IntervisionTask.WAIT;
      const title = language === 'en' ? phase.titleEn : phase.titleNl;
      const content: EmailContent = {
        language,
        title: text.subject(title, kase.title),
        paragraphs: [
          text.intro(title, data.phaseIndex + 1, total),
          expectationText(task, kinds, language),
          run.deadline ? describeDeadline(run.deadline, language) : text.noDeadline,
        ],
        action: { label: text.action, url: caseUrl(this.config.PUBLIC_URL, kase.id) },
        reason: WHY[language],
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      };
      await this.mailer.send({
        key: `intervision-phase-opened:${kase.id}:${data.phaseIndex}:${member.id}`,
        to: member.email,
        subject: text.subject(title, kase.title),
        content,
        // Only for members who want intervisie phases by email (the default).
        audience: { memberId: member.id, kind: 'INTERVISION_PHASES' },
        unsubscribe: { memberId: member.id, scope: UnsubscribeScope.INTERVISION_PHASES },
      });
    }
  }
}
