import {
  defineJob,
  JobHandler,
  JobProcessor,
  QueueName,
  QueueProducer,
} from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { askIntervisionFollowUpJob } from './ask-intervision-follow-up.job';

export interface ScheduleIntervisionFollowUpData {
  caseId: string;
  followUpAt: string;
}

export const scheduleIntervisionFollowUpJob = defineJob<ScheduleIntervisionFollowUpData>(
  QueueName.Intervision,
  'schedule-intervision-follow-up',
);

/** Delays the follow-up question until the group's follow-up time after closing. */
@Injectable()
@JobHandler(scheduleIntervisionFollowUpJob)
export class ScheduleIntervisionFollowUpJob implements JobProcessor<ScheduleIntervisionFollowUpData> {
  constructor(private readonly producer: QueueProducer) {}

  async handle(data: ScheduleIntervisionFollowUpData): Promise<void> {
    await this.producer.enqueue(
      askIntervisionFollowUpJob,
      { caseId: data.caseId },
      {
        jobId: `intervision-follow-up-${data.caseId}`,
        delay: Math.max(0, new Date(data.followUpAt).getTime() - Date.now()),
      },
    );
  }
}
