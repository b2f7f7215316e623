import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';

import type { JobDefinition } from './job-definition';

export const JOB_HANDLER = Symbol('leerhuis:job-handler');

/** A job's code. `handle` must be idempotent: BullMQ retries on failure. */
export interface JobProcessor<TData> {
  handle(data: TData, job: Job<TData>): Promise<void>;
}

/** Marks a provider as the handler of one job definition. */
export const JobHandler = (definition: JobDefinition<unknown>) =>
  SetMetadata(JOB_HANDLER, definition);
