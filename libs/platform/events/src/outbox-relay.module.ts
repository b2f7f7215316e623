import { DatabaseModule } from '@leerhuis/platform-database';
import { JOB_COMPLETION_LISTENER, QueueProducer } from '@leerhuis/platform-queue';

import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { EventSubscription } from './domain-event';
import { OutboxEventEntity } from './entities/outbox-event.entity';
import { SweepOutboxJob } from './jobs/sweep-outbox.job';
import { OutboxListener } from './outbox-listener';
import { OutboxRelay } from './outbox-relay';

/** The worker side of the outbox: relay, LISTEN fast path and the sweep job. */
@Module({})
export class OutboxRelayModule {
  static forRoot(subscriptions: EventSubscription<unknown, unknown>[]): DynamicModule {
    return {
      module: OutboxRelayModule,
      imports: [DatabaseModule.forFeature([OutboxEventEntity])],
      providers: [
        {
          provide: OutboxRelay,
          inject: [DataSource, QueueProducer],
          useFactory: (dataSource: DataSource, producer: QueueProducer) =>
            new OutboxRelay(dataSource, producer, subscriptions),
        },
        // The worker host tells the relay when a job completes, so the event is finished.
        { provide: JOB_COMPLETION_LISTENER, useExisting: OutboxRelay },
        OutboxListener,
        SweepOutboxJob,
      ],
      exports: [OutboxRelay, OutboxListener, JOB_COMPLETION_LISTENER],
    };
  }
}
