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

export const purgeSignInRecordsJob = defineJob<NoData>(
  QueueName.Maintenance,
  'purge-sign-in-records',
  {
    attempts: 3,
    removeOnComplete: { count: 30 },
    removeOnFail: { count: 30 },
  },
);

export function identityRetentionSchedule(config: AppConfig): Schedule<unknown> {
  return defineSchedule({
    id: 'retention-identity',
    job: purgeSignInRecordsJob,
    data: {},
    pattern: config.RETENTION_CRON,
  }) as Schedule<unknown>;
}

/** Retention: used or expired sign-in links and ended sessions go after their period. */
@Injectable()
@JobHandler(purgeSignInRecordsJob)
export class PurgeSignInRecordsJob implements JobProcessor<NoData> {
  private readonly logger = new Logger(PurgeSignInRecordsJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async handle(): Promise<void> {
    const links = await deleteInBatches(
      this.dataSource,
      'sign_in_link',
      `created_at < now() - make_interval(days => $1)
       AND (used_at IS NOT NULL OR expires_at < now())`,
      [this.config.RETENTION_SIGN_IN_LINK_DAYS],
    );
    const sessions = await deleteInBatches(
      this.dataSource,
      'session',
      `coalesce(least(revoked_at, expires_at), expires_at) < now() - make_interval(days => $1)`,
      [this.config.RETENTION_SESSION_DAYS],
    );
    this.logger.log(`retention: ${links} sign-in links and ${sessions} ended sessions deleted`);
  }
}
