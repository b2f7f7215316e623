import { QueueName, QueueProducer } from '@leerhuis/platform-queue';

import type { Job, JobState } from 'bullmq';
import type { DataSource } from 'typeorm';

/** What settle() and waitForJob() look at: the database and the queues of a running stack. */
export interface SettleTarget {
  dataSource: DataSource;
  producer: QueueProducer;
}

export interface SettleOptions {
  timeoutMs?: number;
}

// Queue states a job is still to run in; delayed jobs are looked at separately.
const BUSY_STATES = ['wait', 'active', 'prioritized', 'waiting-children'] as const;
const POLL_MS = 25;

/**
 * Waits until nothing more will happen without the clock moving on: every outbox event is
 * relayed, and no queue has a job waiting, running, due, or waiting to be retried. A job
 * delayed to a later moment (a phase deadline, a digest window) is left alone. The mail
 * catcher has every message by then: a mail job completes only after the SMTP server
 * answered, and the catcher keeps a message before it answers.
 *
 * Two quiet looks in a row are needed: a delayed job can turn due between two reads.
 * On timeout the error names what is still pending.
 */
export async function settle(target: SettleTarget, options: SettleOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const deadline = Date.now() + timeoutMs;
  let quietLooks = 0;
  for (;;) {
    const pending = await whatIsPending(target);
    quietLooks = pending.length === 0 ? quietLooks + 1 : 0;
    if (quietLooks >= 2) return;
    if (Date.now() > deadline) {
      throw new Error(`settle(): still pending after ${timeoutMs} ms: ${pending.join('; ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A description of each pending thing; empty when settled. Queues first, then the outbox. */
async function whatIsPending({ dataSource, producer }: SettleTarget): Promise<string[]> {
  const pending: string[] = [];
  const now = Date.now();
  for (const name of Object.values(QueueName)) {
    const queue = producer.queue(name);
    const counts = await queue.getJobCounts(...BUSY_STATES);
    for (const [state, n] of Object.entries(counts)) {
      if (n > 0) pending.push(`${name}: ${n} ${state}`);
    }
    const due = await queue.getDelayedCount(now + 1);
    if (due > 0) pending.push(`${name}: ${due} delayed and due`);
    const retries = (await queue.getDelayed()).filter((job) => job.attemptsMade > 0);
    if (retries.length > 0) {
      pending.push(`${name}: ${retries.length} to retry (${jobNames(retries)})`);
    }
  }
  // Read after the queues: a job that finished in between committed its events before.
  const events: { type: string; n: number }[] = await dataSource.query(
    `SELECT type, count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL GROUP BY type`,
  );
  for (const { type, n } of events) pending.push(`outbox: ${n} ${type} not relayed`);
  return pending;
}

function jobNames(jobs: Job[]): string {
  return [...new Set(jobs.map((job) => job.name))].join(', ');
}

/**
 * Waits until a job reaches `state` (by default: completed) and returns it. `id` is the job
 * id, or a test on it for jobs whose id carries a value the test does not know.
 */
export async function waitForJob(
  { producer }: SettleTarget,
  queueName: QueueName,
  id: string | ((jobId: string) => boolean),
  options: { state?: JobState; timeoutMs?: number } = {},
): Promise<Job> {
  const state = options.state ?? 'completed';
  const timeoutMs = options.timeoutMs ?? 20_000;
  const deadline = Date.now() + timeoutMs;
  const queue = producer.queue(queueName);
  for (;;) {
    const candidates =
      typeof id === 'string'
        ? [await queue.getJob(id)]
        : (await queue.getJobs([state])).filter((job) => job?.id && id(job.id));
    for (const job of candidates) {
      if (job && (await job.getState()) === state) return job;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `waitForJob(): no ${queueName} job ${typeof id === 'string' ? id : '(matching)'} ${state} within ${timeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
