import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';

import type { JobDefinition } from './job-definition';
import type { QueueName } from './queue-name';

export const JOB_HANDLER = Symbol('leerhuis:job-handler');

/** A job's code. `handle` must be idempotent: BullMQ retries on failure. */
export interface JobProcessor<TData> {
  handle(data: TData, job: Job<TData>): Promise<void>;
}

/** Marks a provider as the handler of one job definition. */
export const JobHandler = (definition: JobDefinition<unknown>) =>
  SetMetadata(JOB_HANDLER, definition);

export const JOB_COMPLETION_LISTENER = Symbol('leerhuis:job-completion-listener');

/**
 * Told after a job's handler succeeded, before BullMQ records the completion (the outbox uses
 * it to finish its event). A failure here is logged, not retried: the outbox sweep catches up.
 */
export interface JobCompletionListener {
  jobCompleted(queue: QueueName, job: Job): Promise<void>;
}
