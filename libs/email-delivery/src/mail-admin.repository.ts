import { NotificationSql } from '@leerhuis/notifications';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface SentEmailRow {
  key: string;
  recipient: string | null;
  subject: string | null;
  sentAt: Date;
  cursorAt: string;
}

export interface FailureRow {
  id: string;
  key: string;
  recipient: string | null;
  subject: string | null;
  permanent: boolean;
  smtpCode: number | null;
  message: string;
  failedAt: Date;
  cursorAt: string;
}

/** What the mail admin page reads: the send log, failures and the digest rhythm. */
@Injectable()
export class MailAdminRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Cursors carry the timestamp as Postgres prints it, so microseconds survive the round trip.
  sentEmails(limit: number, after: [string, string] | null): Promise<SentEmailRow[]> {
    return this.dataSource.query(
      `SELECT key, recipient, subject, sent_at AS "sentAt", sent_at::text AS "cursorAt"
         FROM sent_email
        WHERE $1::timestamptz IS NULL OR (sent_at, key) < ($1::timestamptz, $2)
        ORDER BY sent_at DESC, key DESC LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async countSentEmails(): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM sent_email`,
    );
    return rows[0].n;
  }

  failures(limit: number, after: [string, string] | null): Promise<FailureRow[]> {
    return this.dataSource.query(
      `SELECT id::text AS id, key, recipient, subject, permanent, smtp_code AS "smtpCode", message,
              failed_at AS "failedAt", failed_at::text AS "cursorAt"
         FROM email_failure
        WHERE $1::timestamptz IS NULL OR (failed_at, id) < ($1::timestamptz, $2::bigint)
        ORDER BY failed_at DESC, id DESC LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async countFailures(): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM email_failure`,
    );
    return rows[0].n;
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

  async digestsSentSince(days: number): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM sent_email
        WHERE key LIKE 'digest:%' AND sent_at > now() - make_interval(days => $1)`,
      [days],
    );
    return rows[0].n;
  }
}
