import {
  defineJob,
  defineSchedule,
  JobHandler,
  JobProcessor,
  QueueName,
} from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { OutboxRelay } from '../outbox-relay';

export type SweepOutboxData = Record<string, never>;

export const sweepOutboxJob = defineJob<SweepOutboxData>(QueueName.Outbox, 'sweep-outbox', {
  attempts: 1,
  removeOnComplete: true,
  removeOnFail: { count: 100 },
});

/**
 * Safety net under LISTEN/NOTIFY: a missed notification costs at most a few seconds, and a job
 * Redis lost (flush, failover) is queued again from the outbox.
 */
export const sweepOutboxSchedule = defineSchedule({
  id: 'sweep-outbox',
  job: sweepOutboxJob,
  data: {},
  everyMs: 5000,
});

@Injectable()
@JobHandler(sweepOutboxJob)
export class SweepOutboxJob implements JobProcessor<SweepOutboxData> {
  constructor(private readonly relay: OutboxRelay) {}

  async handle(): Promise<void> {
    await this.relay.drain();
    await this.relay.checkDispatched();
  }
}
