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

export const purgeEmailLogJob = defineJob<NoData>(QueueName.Maintenance, 'purge-email-log', {
  attempts: 3,
  removeOnComplete: { count: 30 },
  removeOnFail: { count: 30 },
});

export function emailLogRetentionSchedule(config: AppConfig): Schedule<unknown> {
  return defineSchedule({
    id: 'retention-email-log',
    job: purgeEmailLogJob,
    data: {},
    pattern: config.RETENTION_CRON,
  }) as Schedule<unknown>;
}

/**
 * Retention: the send log (who got which email) and delivery failures after their period. A
 * send key older than that could in theory be sent again; no job is retried that late.
 */
@Injectable()
@JobHandler(purgeEmailLogJob)
export class PurgeEmailLogJob implements JobProcessor<NoData> {
  private readonly logger = new Logger(PurgeEmailLogJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async handle(): Promise<void> {
    const days = [this.config.RETENTION_EMAIL_LOG_DAYS];
    const sent = await deleteInBatches(
      this.dataSource,
      'sent_email',
      `sent_at < now() - make_interval(days => $1)`,
      days,
    );
    const failures = await deleteInBatches(
      this.dataSource,
      'email_failure',
      `failed_at < now() - make_interval(days => $1)`,
      days,
    );
    this.logger.log(`retention: ${sent} sent emails and ${failures} failures deleted`);
  }
}
