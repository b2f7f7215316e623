import {
  defineJob,
  JobHandler,
  JobProcessor,
  QueueName,
  QueueProducer,
} from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { LearningGroupRepository } from '../../learning-group.repository';
import { sessionEnd } from '../learning-group-reflection.service';
import { LearningGroupSessionRepository } from '../learning-group-session.repository';
import { LearningGroupSessionService } from '../learning-group-session.service';
import { sendLearningGroupReflectionInviteJob } from './send-learning-group-reflection-invite.job';

export interface ScheduleLearningGroupReflectionsData {
  learningGroupId: string;
}

export const scheduleLearningGroupReflectionsJob = defineJob<ScheduleLearningGroupReflectionsData>(
  QueueName.Mail,
  'schedule-learning-group-reflections',
);

/** Sessions that ended longer ago than this get no invite (sessions made rows late). */
const PAST_LIMIT_MS = 7 * 24 * 3_600_000;

/**
 * Plans one delayed invite per session at its end, with a deterministic job id (session and
 * end), so planning again (a reschedule, a retry) adds only what is new.
 */
@Injectable()
@JobHandler(scheduleLearningGroupReflectionsJob)
export class ScheduleLearningGroupReflectionsJob implements JobProcessor<ScheduleLearningGroupReflectionsData> {
  constructor(
    private readonly producer: QueueProducer,
    private readonly sessions: LearningGroupSessionRepository,
    private readonly sessionService: LearningGroupSessionService,
    private readonly groups: LearningGroupRepository,
  ) {}

  async handle(data: ScheduleLearningGroupReflectionsData): Promise<void> {
    const group = await this.groups.findById(data.learningGroupId);
    if (!group) return;
    // After a confirmation nobody may have opened the sessions yet: make them rows here.
    await this.sessionService.materialise(group);
    const now = Date.now();
    for (const session of await this.sessions.ofLearningGroup(group.id)) {
      const end = sessionEnd(session, group).getTime();
      if (end < now - PAST_LIMIT_MS) continue;
      await this.producer.enqueue(
        sendLearningGroupReflectionInviteJob,
        { sessionId: session.id, endsAt: new Date(end).toISOString() },
        { jobId: `learning-group-reflection-${session.id}-${end}`, delay: Math.max(0, end - now) },
      );
    }
  }
}
