import { QueueName, QueueProducer } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { EmailDeliveryErrorCode, EmailDeliveryException } from './email-delivery.exception';
import { EmailDeliveryRepository } from './email-delivery.repository';
import { MailAdminRepository } from './mail-admin.repository';

/** The BullMQ job scheduler id of the digest planner (digests lib, worker). */
export const DIGEST_PLANNER_SCHEDULER = 'digest-planner';

const FREQUENCIES = ['DAILY', 'WEEKLY', 'BIWEEKLY', 'MONTHLY', 'NEVER'];

/** The platform admin's view of mail: sends, failures, suppressions, the digest schedule. */
@Injectable()
export class MailAdminService {
  constructor(
    private readonly repository: MailAdminRepository,
    private readonly delivery: EmailDeliveryRepository,
    private readonly queues: QueueProducer,
  ) {}

  /** A page of the send log (newest first) and the log's size. */
  async sentEmails(limit: number, after: [string, string] | null) {
    const [rows, total] = await Promise.all([
      this.repository.sentEmails(limit, after),
      this.repository.countSentEmails(),
    ]);
    return { rows, total };
  }

  /** A page of failed SMTP attempts (newest first) and how many there are. */
  async failures(limit: number, after: [string, string] | null) {
    const [rows, total] = await Promise.all([
      this.repository.failures(limit, after),
      this.repository.countFailures(),
    ]);
    return { rows, total };
  }

  /** A page of suppressed addresses (newest first; lifted ones on request) and their number. */
  async suppressions(limit: number, after: [string, string] | null, includeLifted: boolean) {
    const [rows, total] = await Promise.all([
      this.delivery.suppressions(limit, after, includeLifted),
      this.delivery.countSuppressions(includeLifted),
    ]);
    return { rows, total };
  }

  async liftSuppression(address: string) {
    const lifted = await this.delivery.lift(address.trim().toLowerCase(), 'ADMIN');
    if (!lifted) {
      throw new EmailDeliveryException(
        EmailDeliveryErrorCode.SUPPRESSION_NOT_FOUND,
        'This address is not suppressed.',
        [{ field: 'address', message: 'Pick an address from the list of suppressed addresses.' }],
      );
    }
    return lifted;
  }

  async digestSchedule() {
    const [scheduler, byFrequency, due, sent] = await Promise.all([
      this.queues.queue(QueueName.Digests).getJobScheduler(DIGEST_PLANNER_SCHEDULER),
      this.repository.membersByFrequency(),
      this.repository.dueNextDay(),
      this.repository.digestsSentSince(7),
    ]);
    const counts = new Map(byFrequency.map((row) => [row.frequency, row.members]));
    return {
      plannerScheduled: Boolean(scheduler),
      plannerNextRunAt: scheduler?.next ? new Date(scheduler.next) : null,
      plannerPattern: scheduler?.pattern ?? null,
      membersByFrequency: FREQUENCIES.map((frequency) => ({
        frequency,
        members: counts.get(frequency) ?? 0,
      })),
      dueNextDay: due.hours,
      overdue: due.overdue,
      digestsSentLast7Days: sent,
    };
  }
}
