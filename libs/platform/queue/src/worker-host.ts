import { AppConfig } from '@leerhuis/platform-config';
import { requestContext } from '@leerhuis/platform-observability';

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Job, Worker } from 'bullmq';

import { buildHandlerRegistry, RegisteredHandler } from './handler-registry';
import { declaredJobs, JobDefinition } from './job-definition';
import { JOB_HANDLER, JobProcessor } from './job-handler.decorator';
import { QueueName } from './queue-name';
import { QueueProducer } from './queue-producer';
import { bullConnection, bullPrefix } from './redis';
import { Schedule, SCHEDULE_TIMEZONE } from './schedule';

export const WORKER_SCHEDULES = Symbol('leerhuis:worker-schedules');

/**
 * Runs one BullMQ Worker per queue and dispatches by job name to the discovered handlers.
 * Shutdown waits for in-flight jobs (BullMQ's close()), so a deploy never cuts a job in half.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: Worker[] = [];
  private registry = new Map<string, RegisteredHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    private readonly producer: QueueProducer,
  ) {}

  /** Validates the handler wiring; throws before any worker starts. */
  discoverHandlers(): Map<string, RegisteredHandler> {
    const handlers: RegisteredHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const definition = this.reflector.get<JobDefinition<unknown> | undefined>(
        JOB_HANDLER,
        metatype,
      );
      if (definition) {
        handlers.push({
          definition,
          processor: instance as JobProcessor<unknown>,
          owner: metatype.name,
        });
      }
    }
    this.registry = buildHandlerRegistry(declaredJobs(), handlers);
    return this.registry;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.discoverHandlers();
    for (const queue of Object.values(QueueName)) {
      const worker = new Worker(queue, (job) => this.process(queue, job), {
        connection: bullConnection(this.config),
        prefix: bullPrefix(this.config),
        concurrency: this.config.WORKER_CONCURRENCY,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(
          `job ${queue}:${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`,
        ),
      );
      worker.on('error', (error) => this.logger.error(`worker ${queue}: ${error.message}`));
      this.workers.push(worker);
    }
    this.logger.log(`processing ${this.registry.size} job types on ${this.workers.length} queues`);
  }

  async applySchedules(schedules: Schedule<unknown>[]): Promise<void> {
    for (const schedule of schedules) {
      await this.producer
        .queue(schedule.job.queue)
        .upsertJobScheduler(
          schedule.id,
          schedule.pattern
            ? { pattern: schedule.pattern, tz: SCHEDULE_TIMEZONE }
            : { every: schedule.everyMs },
          { name: schedule.job.name, data: schedule.data, opts: schedule.job.options },
        );
    }
  }

  private async process(queue: QueueName, job: Job): Promise<void> {
    const handler = this.registry.get(`${queue}:${job.name}`);
    if (!handler) throw new Error(`No handler for ${queue}:${job.name}`);
    await requestContext.run({ requestId: `job:${queue}:${job.id}`, queryCount: 0 }, () =>
      handler.processor.handle(job.data, job),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
