import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, UnsubscribeScope } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { phaseOpenedEmail } from '../emails/intervision-phase-opened.email';
import { GroupRole } from '../entities/intervision-group-member.entity';
import { IntervisionCaseRepository } from '../intervision-case.repository';
import { IntervisionTask } from '../intervision-expectation';
import { IntervisionGroupRepository } from '../intervision-group.repository';
import { allowedKinds, IntervisionRole } from '../intervision-method';

export interface SendIntervisionPhaseOpenedData {
  caseId: string;
  phaseIndex: number;
}

export const sendIntervisionPhaseOpenedJob = defineJob<SendIntervisionPhaseOpenedData>(
  QueueName.Mail,
  'send-intervision-phase-opened',
);

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
    const group = await this.groups.findById(kase.groupId);
    if (!group) return;
    const phase = kase.methodSnapshot.phases[data.phaseIndex];
    const total = kase.methodSnapshot.phases.length;
    for (const member of await this.groups.activeContacts(kase.groupId)) {
      const language = member.language === 'en' ? 'en' : 'nl';
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
      const { subject, content } = phaseOpenedEmail(
        {
          publicUrl: this.config.PUBLIC_URL,
          groupName: group.name,
          caseId: kase.id,
          phaseTitle: language === 'en' ? phase.titleEn : phase.titleNl,
          phaseNumber: data.phaseIndex + 1,
          phaseCount: total,
          task,
          kinds,
          deadline: run.deadline,
        },
        language,
      );
      await this.mailer.send({
        key: `intervision-phase-opened:${kase.id}:${data.phaseIndex}:${member.id}`,
        to: member.email,
        subject,
        content,
        confidential: true,
        // Only for members who want intervisie phases by email (the default).
        audience: { memberId: member.id, kind: 'INTERVISION_PHASES' },
        unsubscribe: { memberId: member.id, scope: UnsubscribeScope.INTERVISION_PHASES },
      });
    }
  }
}
