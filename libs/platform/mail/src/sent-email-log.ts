import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What the send log says was sent: for jobs that skip work for mail already out. */
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
}
