import { deleteInBatches } from '@leerhuis/platform-database';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One failed SMTP attempt, for the admin page; the cursor keeps Postgres's microseconds. */
export interface EmailFailureRow {
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

/** Failed SMTP attempts (written by the Mailer), for admins and retention. */
@Injectable()
export class EmailFailureLog {
  constructor(private readonly dataSource: DataSource) {}

  /** A page, newest first, after the cursor `[failedAt as text, id]`. */
  page(limit: number, after: [string, string] | null): Promise<EmailFailureRow[]> {
    return this.dataSource.query(
      `SELECT id::text AS id, key, recipient, subject, permanent, smtp_code AS "smtpCode", message,
              failed_at AS "failedAt", failed_at::text AS "cursorAt"
         FROM email_failure
        WHERE $1::timestamptz IS NULL OR (failed_at, id) < ($1::timestamptz, $2::bigint)
        ORDER BY failed_at DESC, id DESC LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async count(): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM email_failure`,
    );
    return rows[0].n;
  }

  /** Retention: deletes failures more than `days` days old; returns how many. */
  purgeOlderThan(days: number): Promise<number> {
    return deleteInBatches(
      this.dataSource,
      'email_failure',
      `failed_at < now() - make_interval(days => $1)`,
      [days],
    );
  }
}
