import { AppConfig } from '@leerhuis/platform-config';
import { createLogger, PinoNestLogger } from '@leerhuis/platform-observability';
import { WorkerHost } from '@leerhuis/platform-queue';
import { workerSchedules } from '@leerhuis/worker-schedules';

import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { WorkerModule } from './worker.module';

/**
 * Builds the worker: a Nest application context without HTTP. Init discovers the job
 * handlers and refuses to start when a job has none or two.
 */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  const logger = createLogger({ name: 'worker', level: config.LOG_LEVEL });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  await app.init();
  await app.get(WorkerHost).applySchedules(workerSchedules(config));
  return app;
}
