import { toAmsterdamLocal } from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import {
  learningGroupComposedEmail,
  learningGroupNotPlacedEmail,
  learningGroupPlacedEmail,
  type LearningGroupRef,
  learningGroupSeriesTitle,
} from '../emails/learning-group-composition.email';
import { LearningGroupEntity } from '../entities/learning-group.entity';
import { LearningGroupRepository } from '../learning-group.repository';
import { writeIcsSeries } from '../schedule/ics-series';
import { firstSessionOfGroup, sessionStarts } from '../schedule/session-schedule';

export interface SendLearningGroupCompositionData {
  learningGroupId: string;
  groups: { number: number; memberIds: string[] }[];
  notPlacedIds: string[];
}

export const sendLearningGroupCompositionJob = defineJob<SendLearningGroupCompositionData>(
  QueueName.Mail,
  'send-learning-group-composition',
);

/**
 * Tells everyone who applied how the leergroep was composed: members their group with the
 * session series (.ics), the others that there was no place, the facilitator an overview. One
 * key per person and leergroep, so a retry sends only to whom was not reached yet.
 */
@Injectable()
@JobHandler(sendLearningGroupCompositionJob)
export class SendLearningGroupCompositionJob implements JobProcessor<SendLearningGroupCompositionData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly groups: LearningGroupRepository,
  ) {}

  async handle(data: SendLearningGroupCompositionData): Promise<void> {
    const group = await this.groups.findById(data.learningGroupId);
    if (!group) return;
    const everyone = [
      group.facilitatorId,
      ...data.groups.flatMap((g) => g.memberIds),
      ...data.notPlacedIds,
    ];
    const contacts = await this.groups.contacts(everyone);
    const ref: LearningGroupRef = {
      publicUrl: this.config.PUBLIC_URL,
      id: group.id,
      name: group.name,
    };
    for (const circle of data.groups) {
      const ics = this.ics(group, circle.number);
      for (const memberId of circle.memberIds) {
        const member = contacts.get(memberId);
        if (!member) continue;
        const others = circle.memberIds
          .filter((id) => id !== memberId)
          .map((id) => contacts.get(id)?.name)
          .filter((n): n is string => !!n);
        const email = learningGroupPlacedEmail(
          {
            group: ref,
            groupNumber: circle.number,
            others,
            firstSessionLocal: ics.firstLocal,
            cadenceWeeks: group.cadenceWeeks,
          },
          member.language,
        );
        await this.mailer.send({
          key: `learning-group-placed:${group.id}:${memberId}`,
          to: member.email,
          ...email,
          attachments: [ics.attachment],
        });
      }
    }
    for (const memberId of data.notPlacedIds) {
      const member = contacts.get(memberId);
      if (!member) continue;
      await this.mailer.send({
        key: `learning-group-not-placed:${group.id}:${member.id}`,
        to: member.email,
        ...learningGroupNotPlacedEmail({ group: ref }, member.language),
      });
    }
    const facilitator = contacts.get(group.facilitatorId);
    if (facilitator) {
      const groups = data.groups.map((g) => ({
        number: g.number,
        names: g.memberIds.map((id) => contacts.get(id)?.name ?? '?'),
      }));
      await this.mailer.send({
        key: `learning-group-composed:${group.id}:${facilitator.id}`,
        to: facilitator.email,
        ...learningGroupComposedEmail({ group: ref, groups }, facilitator.language),
        attachments: data.groups.map((g) => this.ics(group, g.number).attachment),
      });
    }
  }

  /** The series of group `number`: every cadence weeks from its first session until the cohort ends. */
  private ics(group: LearningGroupEntity, number: number) {
    const firstLocal = firstSessionOfGroup(toAmsterdamLocal(group.firstSessionAt), number);
    const starts = sessionStarts({
      firstSessionLocal: firstLocal,
      cadenceWeeks: group.cadenceWeeks,
      cohortEndsOn: group.cohortEndsOn,
    });
    const content = writeIcsSeries({
      uid: `learning-group-${group.id}-group-${number}@leerhuis`,
      sequence: 0,
      title: learningGroupSeriesTitle(group.name, number),
      description: `${group.goal}\n${this.config.PUBLIC_URL}/leergroepen/${group.id}`.trim(),
      location: group.location,
      firstSessionLocal: firstLocal,
      durationMinutes: group.sessionMinutes,
      cadenceWeeks: group.cadenceWeeks,
      until: starts.at(-1) ?? group.firstSessionAt,
      stamp: group.composedAt ?? new Date(),
    });
    return {
      firstLocal,
      attachment: {
        filename: `leergroep-groep-${number}.ics`,
        content,
        contentType: `text/calendar; charset=utf-8; method=PUBLISH`,
      },
    };
  }
}
