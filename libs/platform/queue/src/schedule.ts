import type { JobDefinition } from './job-definition';

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
