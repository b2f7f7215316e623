import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { phaseReminderEmail } from '../emails/intervision-phase-reminder.email';
import { CaseState } from '../entities/intervision-case.entity';
import { GroupRole } from '../entities/intervision-group-member.entity';
import { IntervisionCaseRepository } from '../intervision-case.repository';
import { IntervisionGroupRepository } from '../intervision-group.repository';
import { allowedKinds, IntervisionRole } from '../intervision-method';

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
    const group = await this.groups.findById(kase.groupId);
    if (!group) return;
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
      const { subject, content } = phaseReminderEmail(
        {
          publicUrl: this.config.PUBLIC_URL,
          groupName: group.name,
          caseId: kase.id,
          phaseTitle: language === 'en' ? phase.titleEn : phase.titleNl,
          kinds,
          deadline: run.deadline,
        },
        language,
      );
      await this.mailer.send({
        key: `intervision-phase-reminder:${kase.id}:${data.phaseIndex}:${run.deadline.getTime()}:${member.id}`,
        to: member.email,
        subject,
        content,
        confidential: true,
      });
    }
  }
}
