import { coffeeDateSchedules } from '@leerhuis/coffee-dates';
import { dataRightsRetentionSchedule } from '@leerhuis/data-rights';
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
 * Every job scheduler the worker keeps in Redis (Europe/Amsterdam): the worker applies them
 * and restores missing ones; the API's readiness reports any that are missing. One list for
 * both, since apps cannot import each other.
 */
export function workerSchedules(config: AppConfig): Schedule<unknown>[] {
  return [
    sweepOutboxSchedule as Schedule<unknown>,
    ...coffeeDateSchedules(config),
    ...digestSchedules(config),
    identityRetentionSchedule(config),
    notificationsRetentionSchedule(config),
    emailLogRetentionSchedule(config),
    dataRightsRetentionSchedule(config),
    notificationEmailSweepSchedule(),
    intervisionTimerSweepSchedule(),
  ];
}
