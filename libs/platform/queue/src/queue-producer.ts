import { AppConfig } from '@leerhuis/platform-config';

import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';

import type { JobDefinition } from './job-definition';
import { QueueName } from './queue-name';
import { bullConnection, bullPrefix } from './redis';

/** Typed enqueueing: the definition fixes queue, name and data type. */
@Injectable()
export class QueueProducer implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueProducer.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: AppConfig) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: bullConnection(this.config),
        prefix: bullPrefix(this.config),
      });
      // Without a listener BullMQ writes every connection error to the console, outside the
      // JSON log; readiness reports Redis being down.
      queue.on('error', (error) => this.logger.warn(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** A jobId makes the enqueue idempotent: BullMQ ignores a second job with the same id. */
  async enqueue<TData>(
    definition: JobDefinition<TData>,
    data: TData,
    options: JobsOptions & { jobId?: string } = {},
  ): Promise<void> {
    await this.queue(definition.queue).add(definition.name, data, {
      ...definition.options,
      ...options,
    });
  }

  allQueues(): Queue[] {
    return Object.values(QueueName).map((name) => this.queue(name));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
