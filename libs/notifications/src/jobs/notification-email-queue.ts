import { AppConfig } from '@leerhuis/platform-config';
import { defineJob, QueueName, QueueProducer } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

export interface SendNotificationEmailData {
  memberId: string;
}

export const sendNotificationEmailJob = defineJob<SendNotificationEmailData>(
  QueueName.Mail,
  'send-notification-email',
);

/**
 * Enqueues a member's next notification email for the start of their next window: now, or
 * NOTIFICATION_BATCH_MINUTES after the previous one. The job id is member + due time, so every
 * event inside one window lands on the same delayed job.
 */
@Injectable()
export class NotificationEmailQueue {
  constructor(
    private readonly producer: QueueProducer,
    private readonly config: AppConfig,
  ) {}

  /** When the next notification email of a member may go out. */
  dueAt(lastEmailAt: Date | null, now = new Date()): Date {
    if (!lastEmailAt) return now;
    const windowEnd = lastEmailAt.getTime() + this.config.NOTIFICATION_BATCH_MINUTES * 60_000;
    return new Date(Math.max(now.getTime(), windowEnd));
  }

  async schedule(memberId: string, lastEmailAt: Date | null, avoidJobId?: string): Promise<void> {
    const now = new Date();
    const due = this.dueAt(lastEmailAt, now);
    let jobId = `notification-email-${memberId}-${due.getTime()}`;
    // A job re-enqueueing itself for the same slot would be ignored (its id is still taken).
    if (jobId === avoidJobId) jobId = `${jobId}-again`;
    await this.producer.enqueue(
      sendNotificationEmailJob,
      { memberId },
      { jobId, delay: Math.max(0, due.getTime() - now.getTime()) },
    );
  }
}
