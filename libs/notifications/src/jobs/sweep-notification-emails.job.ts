import { AppConfig } from '@leerhuis/platform-config';
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

import { NotificationEmailQueue } from './notification-email-queue';

type NoData = Record<string, never>;

export const sweepNotificationEmailsJob = defineJob<NoData>(
  QueueName.Maintenance,
  'sweep-notification-emails',
  { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } },
);

/** Every five minutes: cheap, and a lost batch email is late by at most that much. */
export function notificationEmailSweepSchedule(): Schedule<unknown> {
  return defineSchedule({
    id: 'notification-email-sweep',
    job: sweepNotificationEmailsJob,
    data: {},
    everyMs: 5 * 60_000,
  }) as Schedule<unknown>;
}

/**
 * The batched notification emails live as delayed jobs in Redis; PostgreSQL knows which
 * immediate notifications are still unsent. Members whose unsent notifications are older than
 * a window (and a margin) lost their job, e.g. to a Redis flush: they get it again. The job is
 * safe to run twice: it sends what is unsent under a lock, keyed by the lowest id.
 */
@Injectable()
@JobHandler(sweepNotificationEmailsJob)
export class SweepNotificationEmailsJob implements JobProcessor<NoData> {
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
