import { AppConfig } from '@leerhuis/platform-config';
import { deleteInBatches } from '@leerhuis/platform-database';
import {
  defineMaintenanceJob,
  JobHandler,
  JobProcessor,
  NoJobData,
  Schedule,
} from '@leerhuis/platform-queue';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

const purgeNotifications = defineMaintenanceJob('purge-notifications', 'retention-notifications');
export const purgeNotificationsJob = purgeNotifications.job;

export function notificationsRetentionSchedule(config: AppConfig): Schedule<unknown> {
  return purgeNotifications.schedule({ pattern: config.RETENTION_CRON });
}

/** Retention: in-app notifications older than their period, read or not. */
@Injectable()
@JobHandler(purgeNotificationsJob)
export class PurgeNotificationsJob implements JobProcessor<NoJobData> {
  private readonly logger = new Logger(PurgeNotificationsJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async handle(): Promise<void> {
    const gone = await deleteInBatches(
      this.dataSource,
      'notification',
      `created_at < now() - make_interval(days => $1)`,
      [this.config.RETENTION_NOTIFICATION_DAYS],
    );
    this.logger.log(`retention: ${gone} notifications deleted`);
  }
}
