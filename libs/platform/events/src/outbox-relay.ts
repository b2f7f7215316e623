import { JobCompletionListener, QueueName, QueueProducer } from '@leerhuis/platform-queue';

import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';

import type { EventSubscription } from './domain-event';
import { OutboxEventEntity } from './entities/outbox-event.entity';

// `<event uuid>-<job name>`: the deterministic id the relay gives each job of an event.
const OUTBOX_JOB_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(.+)$/;

// Removes one job from an event's pending list; the last one finishes the event and redacts
// its sensitive keys (a sign-in token is needed until its email has gone).
const FINISH_JOB_SQL = `
  UPDATE outbox_event SET
    pending_jobs = array_remove(pending_jobs, $2),
    finished_at = CASE WHEN cardinality(array_remove(pending_jobs, $2)) = 0 THEN now() END,
    payload = CASE WHEN cardinality(array_remove(pending_jobs, $2)) = 0
      THEN payload || (SELECT coalesce(jsonb_object_agg(key, to_jsonb('[redacted]'::text)), '{}'::jsonb)
                       FROM unnest(sensitive_keys) AS key)
      ELSE payload END
  WHERE id = $1 AND finished_at IS NULL AND $2 = ANY(pending_jobs)`;

/** What a sweep found among dispatched events that are not finished. */
export interface OutboxCheck {
  /** Jobs Redis no longer had (flush, failover) and that were queued again. */
  requeued: number;
  /** Jobs found completed or failed for good whose event was not yet marked. */
  finished: number;
}

/**
 * Moves committed outbox events onto BullMQ and keeps the outbox the source of truth until
 * their jobs are done. Each (event, job) pair gets a deterministic job id, so re-adding a job
 * that still exists is a no-op. Rows are claimed with SKIP LOCKED: several relays never
 * collide. An event is finished when each of its jobs completed; until then the sweep checks
 * that the jobs still exist in Redis and queues lost ones again (the send key in `sent_email`
 * keeps an email that did go out from going out twice).
 */
@Injectable()
export class OutboxRelay implements JobCompletionListener {
  private readonly logger = new Logger(OutboxRelay.name);
  /** Jobs queued again because Redis had lost them, since start (for logs and tests). */
  requeuedTotal = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: QueueProducer,
    private readonly subscriptions: EventSubscription<unknown, unknown>[],
  ) {}

  /** Dispatches pending events in batches; returns how many were dispatched. */
  async drain(batchSize = 100): Promise<number> {
    let total = 0;
    for (;;) {
      const dispatched = await this.dispatchBatch(batchSize);
      total += dispatched;
      if (dispatched < batchSize) return total;
    }
  }

  /** Marks an outbox job done when the worker completes it; other jobs are ignored. */
  async jobCompleted(queue: QueueName, job: Job): Promise<void> {
    const match = OUTBOX_JOB_ID.exec(job.id ?? '');
    if (!match || match[2] !== job.name) return;
    await this.finishJob(this.dataSource.manager, match[1], `${queue}:${job.name}`);
  }

  /**
   * Looks up every job of dispatched, unfinished events in Redis: a job that vanished is
   * queued again, one that completed or failed for good is marked.
   */
  async checkDispatched(limit = 500): Promise<OutboxCheck> {
    const events: OutboxEventEntity[] = await this.dataSource
      .getRepository(OutboxEventEntity)
      .createQueryBuilder('event')
      .where('event.dispatched_at IS NOT NULL AND event.finished_at IS NULL')
      .orderBy('event.dispatched_at', 'ASC')
      .limit(limit)
      .getMany();
    const result: OutboxCheck = { requeued: 0, finished: 0 };
    for (const event of events) {
      for (const key of event.pendingJobs) {
        const subscription = this.subscriptions.find(
          (s) => s.event.type === event.type && `${s.job.queue}:${s.job.name}` === key,
        );
        if (!subscription) continue; // a job this worker no longer has; left for the one that does
        const jobId = `${event.id}-${subscription.job.name}`;
        const state = await this.producer.queue(subscription.job.queue).getJobState(jobId);
        if (state === 'completed' || state === 'failed') {
          if (state === 'failed') this.logger.warn(`outbox job ${jobId} failed for good`);
          await this.finishJob(this.dataSource.manager, event.id, key);
          result.finished += 1;
        } else if (state === 'unknown') {
          await this.producer.enqueue(
            subscription.job,
            subscription.toJobData(event.payload as never, event.id),
            { jobId },
          );
          await this.dataSource.query(
            `UPDATE outbox_event SET attempts = attempts + 1 WHERE id = $1`,
            [event.id],
          );
          result.requeued += 1;
        }
      }
    }
    if (result.requeued > 0) {
      this.requeuedTotal += result.requeued;
      this.logger.warn(`queued ${result.requeued} outbox jobs again that Redis had lost`);
    }
    return result;
  }

  private async finishJob(manager: EntityManager, eventId: string, key: string): Promise<void> {
    await manager.query(FINISH_JOB_SQL, [eventId, key]);
  }

  private async dispatchBatch(batchSize: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const events: OutboxEventEntity[] = await manager
        .getRepository(OutboxEventEntity)
        .createQueryBuilder('event')
        .where('event.dispatched_at IS NULL')
        .orderBy('event.occurred_at', 'ASC')
        .limit(batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const event of events) {
        const subscriptions = this.subscriptions.filter((s) => s.event.type === event.type);
        for (const subscription of subscriptions) {
          await this.producer.enqueue(
            subscription.job,
            subscription.toJobData(event.payload as never, event.id),
            {
              jobId: `${event.id}-${subscription.job.name}`, // BullMQ ids may not contain ":"
            },
          );
        }
        const pendingJobs = subscriptions.map((s) => `${s.job.queue}:${s.job.name}`);
        // The row stays locked until commit, so a job that completes at once waits here
        // before it removes itself from pendingJobs.
        const finished = pendingJobs.length === 0;
        const payload = { ...event.payload };
        if (finished) for (const key of event.sensitiveKeys) payload[key] = '[redacted]';
        await manager.update(
          OutboxEventEntity,
          { id: event.id },
          {
            dispatchedAt: new Date(),
            attempts: event.attempts + 1,
            pendingJobs,
            finishedAt: finished ? new Date() : null,
            payload: payload as never,
          },
        );
      }
      if (events.length > 0) this.logger.debug(`dispatched ${events.length} outbox events`);
      return events.length;
    });
  }
}
