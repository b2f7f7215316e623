import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CoffeeDateMatchKind } from './entities/coffee-date-match.entity';

export interface StoredGroup {
  matchId: string;
  kind: CoffeeDateMatchKind;
  score: number;
  reasons: { code: string; message: string; details?: Record<string, unknown> }[];
  slotStartsAt: Date;
  memberIds: string[];
}

/** Rows per bulk INSERT: well under Postgres' parameter and message limits. */
export const BULK_ROWS = 5000;

export interface NewGroup {
  kind: CoffeeDateMatchKind;
  score: number;
  reasons: unknown[];
  slotStartsAt: Date;
  memberIds: string[];
}

/** The groups (pairs and trios) a round formed. Plain SQL. */
@Injectable()
export class RoundGroupRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async insertGroup(roundId: string, group: NewGroup, manager: EntityManager): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO coffee_date_match (round_id, kind, score, reasons, slot_starts_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [roundId, group.kind, group.score, JSON.stringify(group.reasons), group.slotStartsAt],
    );
    await manager.query(
      `INSERT INTO coffee_date_match_member (match_id, member_id, round_id)
       SELECT $1, unnest($2::uuid[]), $3`,
      [id, group.memberIds, roundId],
    );
    return id;
  }

  /**
   * A whole round's groups in a few statements (ids made here, so members need no RETURNING
   * order): 50,000 people one INSERT per group held the round's lock for minutes.
   */
  async insertGroups(roundId: string, groups: NewGroup[], manager: EntityManager): Promise<void> {
    for (let start = 0; start < groups.length; start += BULK_ROWS) {
      const batch = groups.slice(start, start + BULK_ROWS);
      const ids = batch.map(() => randomUUID());
      await manager.query(
        `INSERT INTO coffee_date_match (id, round_id, kind, score, reasons, slot_starts_at)
         SELECT id, $1, kind, score, reasons, slot
           FROM unnest($2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::timestamptz[])
             AS g (id, kind, score, reasons, slot)`,
        [
          roundId,
          ids,
          batch.map((g) => g.kind),
          batch.map((g) => g.score),
          batch.map((g) => JSON.stringify(g.reasons)),
          batch.map((g) => g.slotStartsAt.toISOString()),
        ],
      );
      const matchIds = batch.flatMap((g, i) => g.memberIds.map(() => ids[i]));
      await manager.query(
        `INSERT INTO coffee_date_match_member (match_id, member_id, round_id)
         SELECT match_id, member_id, $1 FROM unnest($2::uuid[], $3::uuid[]) AS mm (match_id, member_id)`,
        [roundId, matchIds, batch.flatMap((g) => g.memberIds)],
      );
    }
  }

  /** Groups still standing, with their active members. */
  async groups(roundId: string, manager?: EntityManager): Promise<StoredGroup[]> {
    return this.q(manager).query(
      `SELECT m.id AS "matchId", m.kind, m.score, m.reasons, m.slot_starts_at AS "slotStartsAt",
              array_agg(mm.member_id ORDER BY mm.member_id)::text[] AS "memberIds"
         FROM coffee_date_match m
         JOIN coffee_date_match_member mm ON mm.match_id = m.id AND mm.active
        WHERE m.round_id = $1 AND m.dissolved_at IS NULL
        GROUP BY m.id ORDER BY m.created_at, m.id`,
      [roundId],
    );
  }

  async groupOf(matchId: string, manager?: EntityManager): Promise<StoredGroup | null> {
    const rows = await this.q(manager).query(
      `SELECT m.id AS "matchId", m.kind, m.score, m.reasons, m.slot_starts_at AS "slotStartsAt",
              array_agg(mm.member_id ORDER BY mm.member_id)::text[] AS "memberIds"
         FROM coffee_date_match m
         JOIN coffee_date_match_member mm ON mm.match_id = m.id AND mm.active
        WHERE m.id = $1 AND m.dissolved_at IS NULL
        GROUP BY m.id`,
      [matchId],
    );
    return rows[0] ?? null;
  }
}
