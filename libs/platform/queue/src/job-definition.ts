import type { JobsOptions } from 'bullmq';

import { QueueName } from './queue-name';

/** A job's contract: its queue, its name and (as a type) its data. Handlers implement it. */
export interface JobDefinition<TData> {
  readonly queue: QueueName;
  readonly name: string;
  readonly options: JobsOptions;
  /** Phantom field carrying the data type; never set. */
  readonly __data?: TData;
}

const definitions = new Map<string, JobDefinition<unknown>>();

const DEFAULT_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Declares a job. The worker refuses to start unless each declared job has one handler. */
export function defineJob<TData>(
  queue: QueueName,
  name: string,
  options: JobsOptions = {},
): JobDefinition<TData> {
  const key = `${queue}:${name}`;
  if (definitions.has(key)) throw new Error(`Job ${key} is defined twice`);
  const definition: JobDefinition<TData> = {
    queue,
    name,
    options: { ...DEFAULT_OPTIONS, ...options },
  };
  definitions.set(key, definition as JobDefinition<unknown>);
  return definition;
}

export function declaredJobs(): JobDefinition<unknown>[] {
  return [...definitions.values()];
}
