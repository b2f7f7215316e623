import { AppConfig } from '@leerhuis/platform-config';
import { requestContext } from '@leerhuis/platform-observability';

import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Job, Worker } from 'bullmq';

import { buildHandlerRegistry, RegisteredHandler } from './handler-registry';
import { declaredJobs, JobDefinition } from './job-definition';
import {
  JOB_COMPLETION_LISTENER,
  JOB_HANDLER,
  JobCompletionListener,
  JobProcessor,
} from './job-handler.decorator';
import { QueueName } from './queue-name';
import { QueueProducer } from './queue-producer';
import { bullConnection, bullPrefix } from './redis';
import { missingSchedules, Schedule, SCHEDULE_TIMEZONE } from './schedule';

export const WORKER_SCHEDULES = Symbol('leerhuis:worker-schedules');

/** How often the worker checks that its job schedulers still exist in Redis. */
export const SCHEDULE_CHECK_MS = 5000;

/**
 * Runs one BullMQ Worker per queue and dispatches by job name to the discovered handlers.
 * Shutdown waits for in-flight jobs (BullMQ's close()), so a deploy never cuts a job in half.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: Worker[] = [];
  private registry = new Map<string, RegisteredHandler>();
  private schedules: Schedule<unknown>[] = [];
  private scheduleTimer?: NodeJS.Timeout;
  private restoring?: Promise<string[]>;
  private stopped = false;
  private watching = false;
  /** Job schedulers re-created after Redis lost them, since start (for logs and tests). */
  restoredSchedulesTotal = 0;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    private readonly producer: QueueProducer,
    @Optional()
    @Inject(JOB_COMPLETION_LISTENER)
    private readonly completion?: JobCompletionListener,
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
        lockDuration: this.config.WORKER_JOB_LOCK_SECONDS * 1000,
        stalledInterval: this.config.WORKER_JOB_LOCK_SECONDS * 1000,
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

  /**
   * Puts the schedules in Redis and keeps them there: a Redis flush or a failover to an empty
   * replica removes job schedulers, and nothing else would put them back until a restart.
   * They are checked on every Redis reconnect and every SCHEDULE_CHECK_MS (an in-process
   * timer on purpose: a BullMQ schedule would vanish with the rest).
   */
  async applySchedules(schedules: Schedule<unknown>[]): Promise<void> {
    this.schedules = schedules;
    for (const schedule of schedules) await this.upsertSchedule(schedule);
    if (this.watching) return;
    this.watching = true;
    for (const queue of Object.values(QueueName)) {
      this.producer
        .queue(queue)
        .getBackend()
        .on('ready', () => void this.restoreSchedules().catch(() => undefined));
    }
    this.scheduleNextCheck();
  }

  /** Re-creates the schedules missing from Redis; returns their ids. */
  restoreSchedules(): Promise<string[]> {
    if (this.stopped) return Promise.resolve([]);
    // One check at a time: a reconnect during a timer check joins it.
    this.restoring ??= (async () => {
      const missing = await missingSchedules(this.producer, this.schedules);
      for (const schedule of missing) await this.upsertSchedule(schedule);
      if (missing.length > 0) {
        this.restoredSchedulesTotal += missing.length;
        this.logger.warn(
          `restored job schedulers missing from Redis: ${missing.map((s) => s.id).join(', ')}`,
        );
      }
      return missing.map((schedule) => schedule.id);
    })().finally(() => (this.restoring = undefined));
    return this.restoring;
  }

  private scheduleNextCheck(): void {
    if (this.stopped) return;
    this.scheduleTimer = setTimeout(() => {
      this.restoreSchedules()
        .catch((error: Error) =>
          // Redis is down: readiness says so; the next check or the reconnect restores.
          this.logger.debug(`job scheduler check failed: ${error.message}`),
        )
        .finally(() => this.scheduleNextCheck());
    }, SCHEDULE_CHECK_MS);
    this.scheduleTimer.unref();
  }

  private async upsertSchedule(schedule: Schedule<unknown>): Promise<void> {
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

  private async process(queue: QueueName, job: Job): Promise<void> {
    const handler = this.registry.get(`${queue}:${job.name}`);
    if (!handler) throw new Error(`No handler for ${queue}:${job.name}`);
    await requestContext.run({ requestId: `job:${queue}:${job.id}`, queryCount: 0 }, () =>
      handler.processor.handle(job.data, job),
    );
    await this.completion
      ?.jobCompleted(queue, job)
      .catch((error: Error) =>
        this.logger.warn(
          `job ${queue}:${job.name} ${job.id} completion not recorded: ${error.message}`,
        ),
      );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.scheduleTimer);
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
