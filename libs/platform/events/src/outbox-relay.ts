import { QueueProducer } from '@leerhuis/platform-queue';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { EventSubscription } from './domain-event';
import { OutboxEventEntity } from './entities/outbox-event.entity';

/**
 * Moves committed outbox events onto BullMQ. Each (event, job) pair gets a deterministic job
 * id, so a crash between enqueue and marking the event dispatched only re-adds jobs that
 * BullMQ then ignores. Rows are claimed with SKIP LOCKED: several relays never collide.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

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
        for (const subscription of this.subscriptions.filter((s) => s.event.type === event.type)) {
          await this.producer.enqueue(
            subscription.job,
            subscription.toJobData(event.payload as never, event.id),
            {
              jobId: `${event.id}-${subscription.job.name}`, // BullMQ ids may not contain ":"
            },
          );
        }
        const redacted = { ...event.payload };
        for (const key of event.sensitiveKeys) redacted[key] = '[redacted]';
        await manager.update(
          OutboxEventEntity,
          { id: event.id },
          { dispatchedAt: new Date(), attempts: event.attempts + 1, payload: redacted as never },
        );
      }
      if (events.length > 0) this.logger.debug(`dispatched ${events.length} outbox events`);
      return events.length;
    });
  }
}
