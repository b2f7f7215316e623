import { AppConfig } from '@leerhuis/platform-config';
import { deleteInBatches } from '@leerhuis/platform-database';
import {
  defineJob,
  defineSchedule,
  JobHandler,
  JobProcessor,
  QueueName,
  Schedule,
} from '@leerhuis/platform-queue';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

type NoData = Record<string, never>;

export const purgeNotificationsJob = defineJob<NoData>(
  QueueName.Maintenance,
  'purge-notifications',
  {
    attempts: 3,
    removeOnComplete: { count: 30 },
    removeOnFail: { count: 30 },
  },
);

export function notificationsRetentionSchedule(config: AppConfig): Schedule<unknown> {
  return defineSchedule({
    id: 'retention-notifications',
    job: purgeNotificationsJob,
    data: {},
    pattern: config.RETENTION_CRON,
  }) as Schedule<unknown>;
}

/** Retention: in-app notifications older than their period, read or not. */
@Injectable()
@JobHandler(purgeNotificationsJob)
export class PurgeNotificationsJob implements JobProcessor<NoData> {
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
