import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CoffeeDateRoundEntity, CoffeeDateRoundKind } from './entities/coffee-date-round.entity';

/** Earlier rounds as the matching weighs them: who met whom, who was the odd one out. */
@Injectable()
export class MatchHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /** Everyone matched together (in groups still standing) in rounds opened since `since`. */
  async historyPairs(
    memberIds: string[],
    since: Date,
    exceptRoundId: string,
    manager?: EntityManager,
  ): Promise<{ a: string; b: string; date: string }[]> {
    return this.q(manager).query(
      `SELECT x.member_id AS a, y.member_id AS b, to_char(r.opens_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS date
         FROM coffee_date_match_member x
         JOIN coffee_date_match_member y ON y.match_id = x.match_id AND y.member_id > x.member_id
         JOIN coffee_date_round r ON r.id = x.round_id
        WHERE x.member_id = ANY($1) AND y.member_id = ANY($1)
          AND r.opens_at >= $2 AND r.id <> $3`,
      [memberIds, since, exceptRoundId],
    );
  }

  /** Who was in a trio and who was left unmatched in the monthly round before this one. */
  async lastRoundFlags(
    round: CoffeeDateRoundEntity,
    manager?: EntityManager,
  ): Promise<{ trio: Set<string>; unmatched: Set<string> }> {
    const previous: { id: string }[] = await this.q(manager).query(
      `SELECT id FROM coffee_date_round WHERE kind = 'MONTHLY' AND opens_at < $1
        ORDER BY opens_at DESC LIMIT 1`,
      [round.opensAt],
    );
    if (round.kind !== CoffeeDateRoundKind.MONTHLY || !previous[0]) {
      return { trio: new Set(), unmatched: new Set() };
    }
    const trio: { member_id: string }[] = await this.q(manager).query(
      `SELECT mm.member_id FROM coffee_date_match_member mm JOIN coffee_date_match m ON m.id = mm.match_id
        WHERE mm.round_id = $1 AND m.kind = 'TRIO'`,
      [previous[0].id],
    );
    const unmatched: { member_id: string }[] = await this.q(manager).query(
      `SELECT member_id FROM coffee_date_unmatched WHERE round_id = $1`,
      [previous[0].id],
    );
    return {
      trio: new Set(trio.map((r) => r.member_id)),
      unmatched: new Set(unmatched.map((r) => r.member_id)),
    };
  }

  /**
   * Per member, how often they were in a trio and how often left unmatched in the monthly
   * rounds opened in the 12 months before this round (issue 16: nobody is the odd one out more
   * than twice a year while someone else could be). Only members with a count are returned.
   */
  async oddOneOutCounts(
    round: CoffeeDateRoundEntity,
    memberIds: string[],
    since: Date,
    manager?: EntityManager,
  ): Promise<Map<string, { trios: number; unmatched: number }>> {
    const rows: { member_id: string; trios: number; unmatched: number }[] = await this.q(
      manager,
    ).query(
      `WITH earlier AS (
         SELECT id FROM coffee_date_round
          WHERE kind = 'MONTHLY' AND opens_at >= $2 AND opens_at < $3 AND id <> $4
       ), trios AS (
         SELECT mm.member_id, count(DISTINCT m.id)::int AS n
           FROM coffee_date_match_member mm
           JOIN coffee_date_match m ON m.id = mm.match_id AND m.kind = 'TRIO'
          WHERE mm.round_id IN (SELECT id FROM earlier) AND mm.member_id = ANY($1)
          GROUP BY mm.member_id
       ), alone AS (
         SELECT member_id, count(DISTINCT round_id)::int AS n
           FROM coffee_date_unmatched
          WHERE round_id IN (SELECT id FROM earlier) AND member_id = ANY($1)
          GROUP BY member_id
       )
       SELECT coalesce(t.member_id, a.member_id) AS member_id,
              coalesce(t.n, 0) AS trios, coalesce(a.n, 0) AS unmatched
         FROM trios t FULL JOIN alone a ON a.member_id = t.member_id`,
      [memberIds, since, round.opensAt, round.id],
    );
    return new Map(rows.map((r) => [r.member_id, { trios: r.trios, unmatched: r.unmatched }]));
  }
}
