import { coffeeDateSchedules } from '@leerhuis/coffee-dates';
import { digestSchedules } from '@leerhuis/digests';
import { emailLogRetentionSchedule } from '@leerhuis/email-delivery';
import { identityRetentionSchedule } from '@leerhuis/identity';
import { intervisionTimerSweepSchedule } from '@leerhuis/intervision';
import {
  notificationEmailSweepSchedule,
  notificationsRetentionSchedule,
} from '@leerhuis/notifications';
import { AppConfig } from '@leerhuis/platform-config';
import { sweepOutboxSchedule } from '@leerhuis/platform-events';
import { createLogger, PinoNestLogger } from '@leerhuis/platform-observability';
import { Schedule, WorkerHost } from '@leerhuis/platform-queue';

import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { WorkerModule } from './worker.module';

/**
 * Every schedule the worker keeps in BullMQ (Europe/Amsterdam). The API's readiness checks
 * for the same list (apps/api/src/health/worker-schedules.ts).
 */
export function workerSchedules(config: AppConfig): Schedule<unknown>[] {
  return [
    sweepOutboxSchedule as Schedule<unknown>,
    ...coffeeDateSchedules(config),
    ...digestSchedules(config),
    identityRetentionSchedule(config),
    notificationsRetentionSchedule(config),
    notificationEmailSweepSchedule(),
    intervisionTimerSweepSchedule(),
    emailLogRetentionSchedule(config),
  ];
}

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
