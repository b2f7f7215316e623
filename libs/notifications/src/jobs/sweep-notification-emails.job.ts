import { AppConfig } from '@leerhuis/platform-config';
import {
  defineMaintenanceJob,
  JobHandler,
  JobProcessor,
  NoJobData,
  Schedule,
} from '@leerhuis/platform-queue';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { NotificationEmailQueue } from './notification-email-queue';

const sweepNotificationEmails = defineMaintenanceJob(
  'sweep-notification-emails',
  'notification-email-sweep',
);
export const sweepNotificationEmailsJob = sweepNotificationEmails.job;

export function notificationEmailSweepSchedule(): Schedule<unknown> {
  return sweepNotificationEmails.schedule({ everyMs: 5 * 60_000 });
}

/**
 * The batched notification emails live as delayed jobs in Redis; PostgreSQL knows which
 * immediate notifications are still unsent. Members whose unsent notifications are older than
 * a window (and a margin) lost their job, e.g. to a Redis flush: they get it again. The job is
 * safe to run twice: it sends what is unsent under a lock, keyed by the lowest id.
 */
@Injectable()
@JobHandler(sweepNotificationEmailsJob)
export class SweepNotificationEmailsJob implements JobProcessor<NoJobData> {
  private readonly logger = new Logger(SweepNotificationEmailsJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queue: NotificationEmailQueue,
  ) {}

  async handle(): Promise<void> {
    const rows: { memberId: string; lastEmailAt: Date | null }[] = await this.dataSource.query(
      `SELECT DISTINCT n.member_id AS "memberId", s.last_notification_email_at AS "lastEmailAt"
         FROM notification n JOIN notification_settings s ON s.member_id = n.member_id
        WHERE n.channel = 'IMMEDIATE' AND n.emailed_at IS NULL AND n.read_at IS NULL
          AND n.created_at < now() - make_interval(mins => $1 + 5)
        LIMIT 5000`,
      [this.config.NOTIFICATION_BATCH_MINUTES],
    );
    for (const row of rows) await this.queue.schedule(row.memberId, row.lastEmailAt);
    if (rows.length) this.logger.warn(`re-queued notification emails for ${rows.length} members`);
  }
}
