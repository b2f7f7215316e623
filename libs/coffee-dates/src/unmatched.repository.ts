import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { BULK_ROWS } from './round-group.repository';

export interface UnmatchedRow {
  memberId: string;
  reason: string;
  details: Record<string, unknown>;
  dissolvedMatchId: string | null;
}

/** Who a round left without a group, and why. Plain SQL. */
@Injectable()
export class UnmatchedRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /** Everyone left unmatched by the matching, in one statement per few thousand. */
  async insertUnmatchedRows(
    roundId: string,
    rows: UnmatchedRow[],
    manager: EntityManager,
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += BULK_ROWS) {
      const batch = rows.slice(start, start + BULK_ROWS);
      await manager.query(
        `INSERT INTO coffee_date_unmatched (round_id, member_id, reason, details, dissolved_match_id)
         SELECT $1, member_id, reason, details, dissolved
           FROM unnest($2::uuid[], $3::text[], $4::jsonb[], $5::uuid[])
             AS u (member_id, reason, details, dissolved)
         ON CONFLICT (round_id, member_id) DO UPDATE
           SET reason = EXCLUDED.reason, details = EXCLUDED.details,
               dissolved_match_id = EXCLUDED.dissolved_match_id`,
        [
          roundId,
          batch.map((r) => r.memberId),
          batch.map((r) => r.reason),
          batch.map((r) => JSON.stringify(r.details)),
          batch.map((r) => r.dissolvedMatchId),
        ],
      );
    }
  }

  async insertUnmatched(roundId: string, row: UnmatchedRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO coffee_date_unmatched (round_id, member_id, reason, details, dissolved_match_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (round_id, member_id) DO UPDATE
         SET reason = EXCLUDED.reason, details = EXCLUDED.details,
             dissolved_match_id = EXCLUDED.dissolved_match_id`,
      [roundId, row.memberId, row.reason, JSON.stringify(row.details), row.dissolvedMatchId],
    );
  }

  async deleteUnmatched(roundId: string, memberIds: string[], manager: EntityManager) {
    await manager.query(
      `DELETE FROM coffee_date_unmatched WHERE round_id = $1 AND member_id = ANY($2)`,
      [roundId, memberIds],
    );
  }

  async unmatched(roundId: string, manager?: EntityManager): Promise<UnmatchedRow[]> {
    return this.q(manager).query(
      `SELECT member_id AS "memberId", reason, details, dissolved_match_id AS "dissolvedMatchId"
         FROM coffee_date_unmatched WHERE round_id = $1 ORDER BY created_at, member_id`,
      [roundId],
    );
  }
}
