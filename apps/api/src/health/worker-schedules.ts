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
import type { Schedule } from '@leerhuis/platform-queue';

/**
 * The job schedulers the worker keeps in Redis, as apps/worker's `workerSchedules` declares
 * them (apps cannot import each other; tests/integration/platform-redis-loss.spec.ts checks
 * that the two lists agree).
 */
export function expectedWorkerSchedules(config: AppConfig): Schedule<unknown>[] {
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
