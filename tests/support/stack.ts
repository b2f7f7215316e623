import { AppConfig, loadConfig } from '@leerhuis/platform-config';
import { QueryCountingLogger } from '@leerhuis/platform-database';
import { MailCatcher } from '@leerhuis/platform-mail-catcher';
import { QueueName, QueueProducer } from '@leerhuis/platform-queue';
import {
  createTestDatabase,
  GraphqlClient,
  TEST_REDIS_URL,
  TestDatabase,
  testRedisPrefix,
} from '@leerhuis/platform-testing';

import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Job, JobState } from 'bullmq';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';

// eslint-disable-next-line @nx/enforce-module-boundaries -- tests compose the real apps in-process
import { createApiApp } from '../../apps/api/src/bootstrap';
// eslint-disable-next-line @nx/enforce-module-boundaries -- tests compose the real apps in-process
import { createWorker } from '../../apps/worker/src/bootstrap';
import { settle, type SettleOptions, waitForJob } from './settle';

export interface TestStack {
  config: AppConfig;
  api: NestFastifyApplication;
  worker?: INestApplicationContext;
  apiUrl: string;
  graphql: GraphqlClient;
  mail: MailCatcher;
  db: TestDatabase;
  dataSource: DataSource;
  /** SQL statements issued (by this process) while `fn` ran. */
  countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }>;
  /**
   * Waits until the outbox is relayed and the queues are drained (see support/settle.ts):
   * what was not sent by then is not sent at all. Needs the worker.
   */
  settle(options?: SettleOptions): Promise<void>;
  /** Waits until a job (by id, or a test on its id) reaches `state`, by default completed. */
  waitForJob(
    queue: QueueName,
    id: string | ((jobId: string) => boolean),
    options?: { state?: JobState; timeoutMs?: number },
  ): Promise<Job>;
  stop(): Promise<void>;
}

/**
 * What test setup needs from a running platform: the database (for rows that are setup, not
 * behaviour under test) and the GraphQL endpoint. An in-process stack has it, and so has a
 * demo started as a process.
 */
export type SeedableStack = Pick<TestStack, 'dataSource' | 'graphql' | 'apiUrl'>;

/** The real API (and optionally the worker) in-process, on a fresh database and Redis prefix. */
export async function startStack(
  options: {
    worker?: boolean;
    env?: Record<string, string>;
    /** Receives the API's log lines (set LOG_LEVEL in env to see them). */
    apiLogs?: DestinationStream;
    /** A database of the test's own (e.g. on its own PostgreSQL); default a fresh one. */
    db?: TestDatabase;
  } = {},
): Promise<TestStack> {
  const db = options.db ?? (await createTestDatabase());
  const redis = testRedisPrefix();
  const mail = new MailCatcher({ smtpPort: 0 });
  const { smtpPort } = await mail.start();
  const config = loadConfig({
    NODE_ENV: 'test',
    API_PORT: '0',
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redis.prefix,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Off by default: tests change roles and sessions straight in the database too, and count
    // each request's SQL. The session-cache test turns it on.
    SESSION_CACHE_SECONDS: '0',
    ...options.env,
  });
  const api = await createApiApp(config, { logDestination: options.apiLogs });
  await api.listen(0, '127.0.0.1');
  const address = api.getHttpServer().address() as { port: number };
  const apiUrl = `http://127.0.0.1:${address.port}`;
  config.PUBLIC_URL = apiUrl;
  const worker = options.worker ? await createWorker(config) : undefined;
  const dataSource = api.get(DataSource);
  const queues = () => {
    if (!worker) throw new Error('settle() and waitForJob() need startStack({ worker: true })');
    return { dataSource, producer: worker.get(QueueProducer) };
  };
  return {
    config,
    api,
    worker,
    apiUrl,
    graphql: new GraphqlClient(`${apiUrl}/graphql`),
    mail,
    db,
    dataSource,
    async countQueries(fn) {
      const before = QueryCountingLogger.total;
      const result = await fn();
      return { result, queries: QueryCountingLogger.total - before };
    },
    settle: (settleOptions) => settle(queues(), settleOptions),
    waitForJob: (queue, id, jobOptions) => waitForJob(queues(), queue, id, jobOptions),
    async stop() {
      await worker?.close();
      await api.close();
      await mail.stop();
      await redis.cleanup();
      await db.drop();
    },
  };
}
