import { defineJob, type JobDefinition } from './job-definition';
import { QueueName } from './queue-name';
import type { QueueProducer } from './queue-producer';

export const SCHEDULE_TIMEZONE = 'Europe/Amsterdam';

/** A BullMQ job scheduler: a cron pattern (in Europe/Amsterdam) or a fixed interval. */
export interface Schedule<TData> {
  id: string;
  job: JobDefinition<TData>;
  data: TData;
  pattern?: string;
  everyMs?: number;
}

export function defineSchedule<TData>(schedule: Schedule<TData>): Schedule<TData> {
  if (!schedule.pattern === !schedule.everyMs) {
    throw new Error(`Schedule ${schedule.id} needs exactly one of pattern and everyMs`);
  }
  return schedule;
}

/**
 * The schedules whose BullMQ job scheduler is not in Redis (a flush or a failover to an empty
 * replica removes them). Used by the worker to restore them and by readiness to report them.
 */
export async function missingSchedules(
  producer: QueueProducer,
  schedules: Schedule<unknown>[],
): Promise<Schedule<unknown>[]> {
  const found = await Promise.all(
    schedules.map((schedule) => producer.queue(schedule.job.queue).getJobScheduler(schedule.id)),
  );
  return schedules.filter((_, i) => !found[i]);
}

/** The data of a job that only runs on its schedule. */
export type NoJobData = Record<string, never>;

/**
 * A housekeeping job that runs on a schedule and carries no data (a retention purge, a sweep):
 * its definition and its scheduler declared together, on the maintenance queue.
 */
export function defineMaintenanceJob(name: string, scheduleId: string) {
  const job = defineJob<NoJobData>(QueueName.Maintenance, name, {
    attempts: 3,
    removeOnComplete: { count: 30 },
    removeOnFail: { count: 30 },
  });
  const schedule = (when: { pattern: string } | { everyMs: number }) =>
    defineSchedule({ id: scheduleId, job, data: {}, ...when }) as Schedule<unknown>;
  return { job, schedule };
}
