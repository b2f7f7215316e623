import { deleteInBatches } from '@leerhuis/platform-database';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One line of the send log, for the admin page; the cursor keeps Postgres's microseconds. */
export interface SentEmailRow {
  key: string;
  recipient: string | null;
  subject: string | null;
  sentAt: Date;
  cursorAt: string;
}

/** The send log (written by the Mailer): what was sent, for jobs, admins and retention. */
@Injectable()
export class SentEmailLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Which of these keys were sent (one statement for a page of emails). */
  async sentKeys(keys: string[]): Promise<Set<string>> {
    const rows: { key: string }[] = await this.dataSource.query(
      `SELECT key FROM sent_email WHERE key = ANY($1)`,
      [keys],
    );
    return new Set(rows.map((r) => r.key));
  }

  /** Was an email with this key sent? */
  async wasSent(key: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM sent_email WHERE key = $1`, [key]);
    return rows.length > 0;
  }

  /** A page, newest first, after the cursor `[sentAt as text, key]`. */
  page(limit: number, after: [string, string] | null): Promise<SentEmailRow[]> {
    return this.dataSource.query(
      `SELECT key, recipient, subject, sent_at AS "sentAt", sent_at::text AS "cursorAt"
         FROM sent_email
        WHERE $1::timestamptz IS NULL OR (sent_at, key) < ($1::timestamptz, $2)
        ORDER BY sent_at DESC, key DESC LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async count(): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM sent_email`,
    );
    return rows[0].n;
  }

  /** Sends in the last `days` days whose key matches the LIKE pattern `keyPattern`. */
  async countSince(keyPattern: string, days: number): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM sent_email
        WHERE key LIKE $2 AND sent_at > now() - make_interval(days => $1)`,
      [days, keyPattern],
    );
    return rows[0].n;
  }

  /** Retention: deletes what was sent more than `days` days ago; returns how many. */
  purgeOlderThan(days: number): Promise<number> {
    return deleteInBatches(
      this.dataSource,
      'sent_email',
      `sent_at < now() - make_interval(days => $1)`,
      [days],
    );
  }
}
