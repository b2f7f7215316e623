import type * as PlatformConfig from '@leerhuis/platform-config';
import { loadConfig } from '@leerhuis/platform-config';
import type * as PlatformQueue from '@leerhuis/platform-queue';
import { TEST_REDIS_URL, testRedisPrefix, waitFor } from '@leerhuis/platform-testing';
import { workerSchedules } from '@leerhuis/worker-schedules';

import type * as NestCommon from '@nestjs/common';
import type { INestApplicationContext, Type } from '@nestjs/common';
import type * as NestCore from '@nestjs/core';
import { Queue } from 'bullmq';

type Common = typeof NestCommon;
type Core = typeof NestCore;
type QueueLib = typeof PlatformQueue;
type ConfigLib = typeof PlatformConfig;

/**
 * `defineJob` registers in a process-wide list and the worker insists every declared job has
 * one handler, so each scenario loads Nest and the platform libs afresh: its test-only jobs
 * stay its own.
 */
async function freshWorkerKit() {
  let kit!: { common: Common; core: Core; queue: QueueLib; config: ConfigLib };
  jest.isolateModules(() => {
    kit = {
      common: jest.requireActual<Common>('@nestjs/common'),
      core: jest.requireActual<Core>('@nestjs/core'),
      queue: jest.requireActual<QueueLib>('@leerhuis/platform-queue'),
      config: jest.requireActual<ConfigLib>('@leerhuis/platform-config'),
    };
  });
  const { common, core, queue, config } = kit;
  /** The real WorkerHost with the real config and queue modules, plus the given handlers. */
  const createWorkerContext = async (prefix: string, handlers: Type[] = []) => {
    const appConfig = config.loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      SMTP_URL: 'smtp://127.0.0.1:1',
      LOG_LEVEL: 'silent',
    });
    class TestWorkerModule {}
    common.Module({
      imports: [config.ConfigModule.forRoot(appConfig), queue.QueueModule, core.DiscoveryModule],
      providers: [queue.WorkerHost, ...handlers],
    })(TestWorkerModule);
    return core.NestFactory.createApplicationContext(TestWorkerModule, {
      logger: false,
      abortOnError: false,
    });
  };
  /** A provider that handles `definition` by calling `fn`. */
  const handlerFor = (
    name: string,
    definition: ReturnType<QueueLib['defineJob']>,
    fn: (data: unknown) => Promise<void> = async () => undefined,
  ) => {
    const cls = {
      [name]: class {
        handle(data: unknown) {
          return fn(data);
        }
      },
    }[name];
    common.Injectable()(cls);
    queue.JobHandler(definition)(cls);
    return cls;
  };
  return { ...kit, createWorkerContext, handlerFor };
}

describe('the worker refuses bad wiring', () => {
  const redis = testRedisPrefix();
  afterAll(() => redis.cleanup());

  it('does not start when a declared job has no handler, and names the job', async () => {
    const kit = await freshWorkerKit();
    const handled = kit.queue.defineJob(kit.queue.QueueName.Mail, 'test-handled');
    kit.queue.defineJob(kit.queue.QueueName.Mail, 'test-orphan');
    await expect(
      kit.createWorkerContext(redis.prefix, [kit.handlerFor('HandledJob', handled)]),
    ).rejects.toThrow(/job mail:test-orphan has no handler/);
  });

  it('does not start when a job has two handlers, and names both', async () => {
    const kit = await freshWorkerKit();
    const twice = kit.queue.defineJob(kit.queue.QueueName.Mail, 'test-twice');
    let error: Error | undefined;
    await kit
      .createWorkerContext(redis.prefix, [
        kit.handlerFor('FirstTwiceJob', twice),
        kit.handlerFor('SecondTwiceJob', twice),
      ])
      .catch((caught: Error) => (error = caught));
    expect(error?.message).toContain('job mail:test-twice has 2 handlers');
    expect(error?.message).toContain('FirstTwiceJob');
    expect(error?.message).toContain('SecondTwiceJob');
  });
});

describe('the worker runs jobs on real Redis', () => {
  const redis = testRedisPrefix();
  let kit: Awaited<ReturnType<typeof freshWorkerKit>>;
  let app: INestApplicationContext;
  let mailQueue: Queue;
  const seen: unknown[] = [];
  const slow = { started: 0, finished: 0 };
  let echoJob: ReturnType<QueueLib['defineJob']>;
  let slowJob: ReturnType<QueueLib['defineJob']>;

  beforeAll(async () => {
    kit = await freshWorkerKit();
    echoJob = kit.queue.defineJob(kit.queue.QueueName.Mail, 'test-echo');
    slowJob = kit.queue.defineJob(kit.queue.QueueName.Mail, 'test-slow', { attempts: 1 });
    app = await kit.createWorkerContext(redis.prefix, [
      kit.handlerFor('EchoJob', echoJob, async (data) => void seen.push(data)),
      kit.handlerFor('SlowJob', slowJob, async () => {
        slow.started++;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        slow.finished++;
      }),
    ]);
    mailQueue = new Queue(kit.queue.QueueName.Mail, {
      connection: { url: TEST_REDIS_URL },
      prefix: `${redis.prefix}:bull`,
    });
  });
  afterAll(async () => {
    await app?.close();
    await mailQueue?.close();
    await redis.cleanup();
  });

  it('runs an enqueued job through the queue to completion', async () => {
    await app.get(kit.queue.QueueProducer).enqueue(echoJob, { hello: 'world' });
    await waitFor(async () => {
      const counts = await mailQueue.getJobCounts('waiting', 'active', 'delayed', 'completed');
      return counts.completed === 1 && counts.waiting + counts.active + counts.delayed === 0;
    }, 'the queue to drain');
    expect(seen).toEqual([{ hello: 'world' }]);
  });

  it('keeps the worker schedules in BullMQ job schedulers', async () => {
    const host = app.get(kit.queue.WorkerHost);
    const schedules = workerSchedules(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
        REDIS_URL: TEST_REDIS_URL,
        SMTP_URL: 'smtp://127.0.0.1:1',
      }),
    );
    await host.applySchedules([
      ...schedules,
      kit.queue.defineSchedule({
        id: 'test-monthly',
        job: echoJob,
        data: {},
        pattern: '0 9 1 * *',
      }),
    ]);
    const outboxQueue = app.get(kit.queue.QueueProducer).queue(kit.queue.QueueName.Outbox);
    const outboxSchedulers = await outboxQueue.getJobSchedulers();
    expect(outboxSchedulers).toEqual([
      expect.objectContaining({ key: 'sweep-outbox', name: 'sweep-outbox', every: 5000 }),
    ]);
    expect(await mailQueue.getJobSchedulers()).toEqual([
      expect.objectContaining({
        key: 'test-monthly',
        pattern: '0 9 1 * *',
        tz: kit.queue.SCHEDULE_TIMEZONE,
      }),
    ]);
    // Applying again (every start-up does) updates instead of adding a second scheduler.
    await host.applySchedules(schedules);
    expect(await outboxQueue.getJobSchedulersCount()).toBe(1);
  });

  it('finishes the job in hand when it shuts down', async () => {
    await app.get(kit.queue.QueueProducer).enqueue(slowJob, {}, { jobId: 'slow-1' });
    await waitFor(async () => slow.started === 1, 'the slow job to start');
    expect(await (await mailQueue.getJob('slow-1'))?.getState()).toBe('active');

    await app.close();

    expect(slow.finished).toBe(1);
    expect(await (await mailQueue.getJob('slow-1'))?.getState()).toBe('completed');
  });
});
