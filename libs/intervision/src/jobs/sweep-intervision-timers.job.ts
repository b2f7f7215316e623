import {
  defineMaintenanceJob,
  JobHandler,
  JobProcessor,
  NoJobData,
  Schedule,
} from '@leerhuis/platform-queue';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ScheduleIntervisionDeadlineJob } from './schedule-intervision-deadline.job';
import { ScheduleIntervisionFollowUpJob } from './schedule-intervision-follow-up.job';

const sweepIntervisionTimers = defineMaintenanceJob(
  'sweep-intervision-timers',
  'intervision-timer-sweep',
);
export const sweepIntervisionTimersJob = sweepIntervisionTimers.job;

export function intervisionTimerSweepSchedule(): Schedule<unknown> {
  return sweepIntervisionTimers.schedule({ everyMs: 5 * 60_000 });
}

/**
 * Phase reminders, automatic advances and follow-up questions wait as delayed jobs in Redis;
 * PostgreSQL knows which are still to come. This puts them back with the same deterministic
 * ids, so a job that still exists is left alone and one lost with Redis returns. The handlers
 * check the case's state and send under keys, so a late or repeated job changes nothing.
 */
@Injectable()
@JobHandler(sweepIntervisionTimersJob)
export class SweepIntervisionTimersJob implements JobProcessor<NoJobData> {
  private readonly logger = new Logger(SweepIntervisionTimersJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deadlines: ScheduleIntervisionDeadlineJob,
    private readonly followUps: ScheduleIntervisionFollowUpJob,
  ) {}

  async handle(): Promise<void> {
    const open: {
      caseId: string;
      phaseIndex: number;
      openedAt: Date;
      deadline: Date;
      autoAdvance: boolean;
    }[] = await this.dataSource.query(
      `SELECT c.id AS "caseId", p.phase_index AS "phaseIndex", p.opened_at AS "openedAt",
              p.deadline, p.auto_advance AS "autoAdvance"
         FROM intervision_case c
         JOIN intervision_case_phase p ON p.case_id = c.id AND p.phase_index = c.current_phase
        WHERE c.state = 'IN_PHASE' AND p.closed_at IS NULL AND p.deadline IS NOT NULL`,
    );
    for (const phase of open) {
      await this.deadlines.handle({
        caseId: phase.caseId,
        phaseIndex: phase.phaseIndex,
        openedAt: phase.openedAt.toISOString(),
        deadline: phase.deadline.toISOString(),
        autoAdvance: phase.autoAdvance,
      });
    }
    const waiting: { caseId: string; followUpAt: Date }[] = await this.dataSource.query(
      `SELECT c.id AS "caseId", c.closed_at + make_interval(secs => g.follow_up_seconds) AS "followUpAt"
         FROM intervision_case c JOIN intervision_group g ON g.id = c.group_id
        WHERE c.state = 'CLOSED' AND c.follow_up_asked_at IS NULL AND c.closed_at IS NOT NULL`,
    );
    for (const kase of waiting) {
      await this.followUps.handle({
        caseId: kase.caseId,
        followUpAt: kase.followUpAt.toISOString(),
      });
    }
    this.logger.debug(
      `intervisie timers checked: ${open.length} phases, ${waiting.length} follow-ups`,
    );
  }
}
