import {
  defineJob,
  JobHandler,
  JobProcessor,
  QueueName,
  QueueProducer,
} from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { advanceIntervisionPhaseJob } from './advance-intervision-phase.job';
import { remindIntervisionPhaseJob } from './remind-intervision-phase.job';

export interface ScheduleIntervisionDeadlineData {
  caseId: string;
  phaseIndex: number;
  /** When the window started (phase opened or extended), ISO. */
  openedAt: string;
  deadline: string | null;
  autoAdvance: boolean;
}

export const scheduleIntervisionDeadlineJob = defineJob<ScheduleIntervisionDeadlineData>(
  QueueName.Intervision,
  'schedule-intervision-deadline',
);

const DAY_MS = 24 * 3600 * 1000;

/** The reminder goes a day before the deadline, or halfway through a shorter window. */
export function reminderAt(openedAt: Date, deadline: Date): Date {
  const window = deadline.getTime() - openedAt.getTime();
  return new Date(deadline.getTime() - Math.min(DAY_MS, window / 2));
}

/**
 * Turns a phase's deadline into delayed jobs: the reminder and (if configured) the advance.
 * Job ids carry the case, the phase and the deadline, so a rerun adds nothing and an extended
 * deadline gets its own jobs; the old ones find the deadline moved and do nothing.
 */
@Injectable()
@JobHandler(scheduleIntervisionDeadlineJob)
export class ScheduleIntervisionDeadlineJob implements JobProcessor<ScheduleIntervisionDeadlineData> {
  constructor(private readonly producer: QueueProducer) {}

  async handle(data: ScheduleIntervisionDeadlineData): Promise<void> {
    if (!data.deadline) return;
    const deadline = new Date(data.deadline);
    const id = `${data.caseId}-${data.phaseIndex}-${deadline.getTime()}`;
    const payload = { caseId: data.caseId, phaseIndex: data.phaseIndex, deadline: data.deadline };
    const now = Date.now();
    await this.producer.enqueue(remindIntervisionPhaseJob, payload, {
      jobId: `intervision-reminder-${id}`,
      delay: Math.max(0, reminderAt(new Date(data.openedAt), deadline).getTime() - now),
    });
    if (data.autoAdvance) {
      await this.producer.enqueue(advanceIntervisionPhaseJob, payload, {
        jobId: `intervision-advance-${id}`,
        delay: Math.max(0, deadline.getTime() - now),
      });
    }
  }
}
