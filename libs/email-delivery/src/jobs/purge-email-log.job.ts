import { AppConfig } from '@leerhuis/platform-config';
import { EmailFailureLog, SentEmailLog } from '@leerhuis/platform-mail';
import {
  defineMaintenanceJob,
  JobHandler,
  JobProcessor,
  NoJobData,
  Schedule,
} from '@leerhuis/platform-queue';

import { Injectable, Logger } from '@nestjs/common';

const purgeEmailLog = defineMaintenanceJob('purge-email-log', 'retention-email-log');
export const purgeEmailLogJob = purgeEmailLog.job;

export function emailLogRetentionSchedule(config: AppConfig): Schedule<unknown> {
  return purgeEmailLog.schedule({ pattern: config.RETENTION_CRON });
}

/**
 * Retention: the send log (who got which email) and delivery failures after their period. A
 * send key older than that could in theory be sent again; no job is retried that late.
 */
@Injectable()
@JobHandler(purgeEmailLogJob)
export class PurgeEmailLogJob implements JobProcessor<NoJobData> {
  private readonly logger = new Logger(PurgeEmailLogJob.name);

  constructor(
    private readonly sentEmails: SentEmailLog,
    private readonly failures: EmailFailureLog,
    private readonly config: AppConfig,
  ) {}

  async handle(): Promise<void> {
    const days = this.config.RETENTION_EMAIL_LOG_DAYS;
    const sent = await this.sentEmails.purgeOlderThan(days);
    const failures = await this.failures.purgeOlderThan(days);
    this.logger.log(`retention: ${sent} sent emails and ${failures} failures deleted`);
  }
}
