import { NotificationSql } from '@leerhuis/notifications';
import {
  EmailFailureLog,
  type EmailFailureRow,
  SentEmailLog,
  type SentEmailRow,
} from '@leerhuis/platform-mail';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * What the mail admin page reads: the send log and failures (platform-mail's) and the digest
 * rhythm (the notifications lib's settings, rule 3).
 */
@Injectable()
export class MailAdminRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sent: SentEmailLog,
    private readonly failed: EmailFailureLog,
  ) {}

  sentEmails(limit: number, after: [string, string] | null): Promise<SentEmailRow[]> {
    return this.sent.page(limit, after);
  }

  countSentEmails(): Promise<number> {
    return this.sent.count();
  }

  failures(limit: number, after: [string, string] | null): Promise<EmailFailureRow[]> {
    return this.failed.page(limit, after);
  }

  countFailures(): Promise<number> {
    return this.failed.count();
  }

  async membersByFrequency(): Promise<{ frequency: string; members: number }[]> {
    return this.dataSource.query(
      `SELECT digest_frequency AS frequency, count(*)::int AS members
         FROM ${NotificationSql.settings} notification_settings GROUP BY digest_frequency`,
    );
  }

  /** Digests due per hour in the next 24 hours, and those already overdue. */
  async dueNextDay(): Promise<{ hours: { hour: Date; members: number }[]; overdue: number }> {
    const [hours, overdue] = await Promise.all([
      this.dataSource.query(
        `SELECT date_trunc('hour', next_digest_at) AS hour, count(*)::int AS members
           FROM ${NotificationSql.settings} notification_settings
          WHERE digest_frequency <> 'NEVER'
            AND next_digest_at >= now() AND next_digest_at < now() + interval '24 hours'
          GROUP BY 1 ORDER BY 1`,
      ) as Promise<{ hour: Date; members: number }[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM ${NotificationSql.settings} notification_settings
          WHERE digest_frequency <> 'NEVER' AND next_digest_at < now()`,
      ) as Promise<{ n: number }[]>,
    ]);
    return { hours, overdue: overdue[0].n };
  }

  digestsSentSince(days: number): Promise<number> {
    return this.sent.countSince('digest:%', days);
  }
}
