import { AppConfig } from '@leerhuis/platform-config';
import {
  defineJob,
  defineSchedule,
  JobHandler,
  JobProcessor,
  QueueName,
  QueueProducer,
  Schedule,
} from '@leerhuis/platform-queue';

import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';

import { nextDigestAt } from '../digest-schedule';
import { DigestScheduleRepository } from '../digest-schedule.repository';
import { sendDigestsJob } from './send-digests.job';

type NoData = Record<string, never>;

/** Members per chunk job: a chunk's content is loaded in a handful of queries. */
export const DIGEST_CHUNK_SIZE = 250;
const PLAN_BATCH = 5000;
const SLOT_MS = 15 * 60_000;

/** Finds whose digest is due and fans out chunk jobs; the planner itself sends nothing. */
export const planDigestsJob = defineJob<NoData>(QueueName.Digests, 'plan-digests', {
  attempts: 3,
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 100 },
});

/** The planner runs on DIGEST_PLAN_CRON (every quarter hour: digest times are quarter hours). */
export function digestPlannerSchedule(config: AppConfig): Schedule<unknown> {
  return defineSchedule({
    id: 'digest-planner',
    job: planDigestsJob,
    data: {},
    pattern: config.DIGEST_PLAN_CRON,
  }) as Schedule<unknown>;
}

/** A short fingerprint of a chunk's members (job ids stay short). */
const chunkKey = (memberIds: string[]) =>
  createHash('sha256').update(memberIds.join(',')).digest('hex').slice(0, 16);

@Injectable()
@JobHandler(planDigestsJob)
export class PlanDigestsJob implements JobProcessor<NoData> {
  private readonly logger = new Logger(PlanDigestsJob.name);

  constructor(
    private readonly schedule: DigestScheduleRepository,
    private readonly producer: QueueProducer,
  ) {}

  async handle(): Promise<void> {
    const now = new Date();
    await this.planUnplanned(now);
    const due = await this.schedule.dueMemberIds(now);
    if (due.length === 0) return;
    // Job ids from the quarter-hour slot and the chunk's members: a retried planner adds
    // nothing twice; a later run in the same slot with other members due (someone due again)
    // gets its own job. A chunk re-checks who is still due, so any overlap sends nothing twice.
    const slot = Math.floor(now.getTime() / SLOT_MS) * SLOT_MS;
    const jobs = [];
    for (let i = 0; i < due.length; i += DIGEST_CHUNK_SIZE) {
      const memberIds = due.slice(i, i + DIGEST_CHUNK_SIZE);
      jobs.push({
        name: sendDigestsJob.name,
        data: { dueBefore: now.toISOString(), memberIds },
        opts: { ...sendDigestsJob.options, jobId: `digests-${slot}-${chunkKey(memberIds)}` },
      });
    }
    const queue = this.producer.queue(sendDigestsJob.queue);
    for (let i = 0; i < jobs.length; i += 100) await queue.addBulk(jobs.slice(i, i + 100));
    this.logger.log(`digests due: ${due.length} members in ${jobs.length} chunks`);
  }

  /** First due times for members without one (contract: a preference change NULLs it). */
  private async planUnplanned(now: Date): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const batch = await this.schedule.unplanned(after, PLAN_BATCH);
      if (batch.length === 0) return;
      await this.schedule.plan(
        batch.flatMap((member) => {
          const at = nextDigestAt(member, now);
          return at ? [{ ...member, at }] : [];
        }),
      );
      after = batch.at(-1)!.memberId;
    }
  }
}
