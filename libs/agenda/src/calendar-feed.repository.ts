import { MemberSql } from '@leerhuis/members';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The calendar_feed table: one feed per member, kept as a token hash. */
@Injectable()
export class CalendarFeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces the member's feed: the previous link stops working at once. */
  async replace(memberId: string, hash: Buffer): Promise<Date> {
    const [row]: { created_at: Date }[] = await this.dataSource.query(
      `INSERT INTO calendar_feed (member_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (member_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
       RETURNING created_at`,
      [memberId, hash],
    );
    return row.created_at;
  }

  async remove(memberId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM calendar_feed WHERE member_id = $1`,
      [memberId],
    );
    return count > 0;
  }

  async createdAt(memberId: string): Promise<Date | null> {
    const [row]: { created_at: Date }[] = await this.dataSource.query(
      `SELECT created_at FROM calendar_feed WHERE member_id = $1`,
      [memberId],
    );
    return row?.created_at ?? null;
  }

  /** The feed's member (still on the platform), or null. */
  async memberByHash(hash: Buffer): Promise<{ memberId: string; language: 'nl' | 'en' } | null> {
    const [row]: { member_id: string; language: 'nl' | 'en' }[] = await this.dataSource.query(
      `SELECT f.member_id, m.language FROM calendar_feed f JOIN ${MemberSql.members} m ON m.id = f.member_id
        WHERE f.token_hash = $1`,
      [hash],
    );
    return row ? { memberId: row.member_id, language: row.language } : null;
  }
}
