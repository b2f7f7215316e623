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

const purgeSignInRecords = defineMaintenanceJob('purge-sign-in-records', 'retention-identity');
export const purgeSignInRecordsJob = purgeSignInRecords.job;

export function identityRetentionSchedule(config: AppConfig): Schedule<unknown> {
  return purgeSignInRecords.schedule({ pattern: config.RETENTION_CRON });
}

/** Retention: used or expired sign-in links and ended sessions go after their period. */
@Injectable()
@JobHandler(purgeSignInRecordsJob)
export class PurgeSignInRecordsJob implements JobProcessor<NoJobData> {
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
