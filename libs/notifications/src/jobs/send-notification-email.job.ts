import { MemberSql } from '@leerhuis/members';
import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, UnsubscribeScope } from '@leerhuis/platform-mail';
import { JobHandler, JobProcessor } from '@leerhuis/platform-queue';

import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';

import { notificationEmail } from '../emails/notification-batch.email';
import { NotificationRepository } from '../notification.repository';
import { NotificationSettingsRepository } from '../notification-settings.repository';
import {
  NotificationEmailQueue,
  SendNotificationEmailData,
  sendNotificationEmailJob,
} from './notification-email-queue';

/**
 * A member's batched notification email. Under a lock on their settings row: too early (a
 * previous email is less than a window ago) re-enqueues for the right time; otherwise every
 * unsent immediate notification goes into one email keyed by its lowest id, so a retry after
 * a crash between sending and marking finds the send log and sends nothing twice.
 */
@Injectable()
@JobHandler(sendNotificationEmailJob)
export class SendNotificationEmailJob implements JobProcessor<SendNotificationEmailData> {
  private readonly logger = new Logger(SendNotificationEmailJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly notifications: NotificationRepository,
    private readonly settings: NotificationSettingsRepository,
    private readonly queue: NotificationEmailQueue,
  ) {}

  async handle(data: SendNotificationEmailData, job?: Job<SendNotificationEmailData>) {
    await this.dataSource.transaction(async (manager) => {
      const settings = await this.settings.lock(data.memberId, manager);
      const rows = await this.notifications.unsentBatch(data.memberId, manager);
      if (rows.length === 0) return;
      const due = this.queue.dueAt(settings.lastNotificationEmailAt);
      if (due.getTime() > Date.now()) {
        await this.queue.schedule(data.memberId, settings.lastNotificationEmailAt, job?.id);
        return;
      }
      const contact: { email: string; language: 'nl' | 'en' }[] = await manager.query(
        `SELECT email, language FROM ${MemberSql.members} member WHERE id = $1`,
        [data.memberId],
      );
      if (!contact[0]) return;
      const language = contact[0].language === 'en' ? 'en' : 'nl';
      const { subject, content } = notificationEmail(
        {
          rows,
          publicUrl: this.config.PUBLIC_URL,
          batchMinutes: this.config.NOTIFICATION_BATCH_MINUTES,
        },
        language,
      );
      const outcome = await this.mailer.send({
        key: `notifications:${data.memberId}:${rows[0].id}`,
        to: contact[0].email,
        subject,
        content,
        unsubscribe: { memberId: data.memberId, scope: UnsubscribeScope.NOTIFICATIONS },
      });
      if (outcome === 'already-sent') {
        this.logger.warn(`notification email ${data.memberId}:${rows[0].id} was sent before`);
      }
      await this.notifications.markEmailed(
        rows.map((row) => row.id),
        manager,
      );
      await manager.query(
        `UPDATE notification_settings SET last_notification_email_at = now() WHERE member_id = $1`,
        [data.memberId],
      );
    });
  }
}
