import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CoffeeDateRoundStats } from './entities/coffee-date-round.entity';

/** A round's figures for coordinators, computed from its rows. */
@Injectable()
export class RoundStatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async stats(roundId: string, manager?: EntityManager): Promise<CoffeeDateRoundStats> {
    const q = this.q(manager);
    const [counts] = await q.query(
      `SELECT
         (SELECT count(*)::int FROM coffee_date_participant WHERE round_id = $1) AS participants,
         (SELECT count(DISTINCT mm.member_id)::int FROM coffee_date_match_member mm
            JOIN coffee_date_match m ON m.id = mm.match_id
           WHERE mm.round_id = $1 AND mm.active AND m.dissolved_at IS NULL) AS matched,
         (SELECT count(*)::int FROM coffee_date_match WHERE round_id = $1 AND dissolved_at IS NULL AND kind = 'PAIR') AS pairs,
         (SELECT count(*)::int FROM coffee_date_match WHERE round_id = $1 AND dissolved_at IS NULL AND kind = 'TRIO') AS trios,
         (SELECT count(*)::int FROM coffee_date_match WHERE round_id = $1 AND dissolved_at IS NULL) AS groups,
         (SELECT count(*)::int FROM coffee_date_unmatched WHERE round_id = $1) AS unmatched,
         (SELECT count(*)::int FROM coffee_date_match_member WHERE round_id = $1 AND response = 'DECLINED') AS declined,
         (SELECT count(DISTINCT mm.match_id)::int FROM coffee_date_match_member mm
           WHERE mm.round_id = $1 AND mm.met) AS "reportedMeetings",
         (SELECT count(rating)::int FROM coffee_date_match_member WHERE round_id = $1) AS ratings,
         (SELECT round(avg(rating), 2)::float FROM coffee_date_match_member WHERE round_id = $1) AS "averageRating"`,
      [roundId],
    );
    const reasons: { reason: string; count: number }[] = await q.query(
      `SELECT reason, count(*)::int AS count FROM coffee_date_unmatched WHERE round_id = $1
        GROUP BY reason ORDER BY count DESC, reason`,
      [roundId],
    );
    // A group is cross-ministry when no two of its members share a ministry.
    const [cross] = await q.query(
      `SELECT count(*) FILTER (WHERE distinct_ministries = members)::int AS crossing, count(*)::int AS total
         FROM (SELECT m.id, count(*) AS members,
                      count(DISTINCT COALESCE(p.ministry_id::text, mm.member_id::text)) AS distinct_ministries
                 FROM coffee_date_match m
                 JOIN coffee_date_match_member mm ON mm.match_id = m.id AND mm.active
                 LEFT JOIN coffee_date_participant p ON p.round_id = m.round_id AND p.member_id = mm.member_id
                WHERE m.round_id = $1 AND m.dissolved_at IS NULL
                GROUP BY m.id) g`,
      [roundId],
    );
    const styles: { style: string; count: number }[] = await q.query(
      `SELECT style, count(*)::int AS count
         FROM coffee_date_participant p, unnest(p.preferred_styles) AS style
        WHERE p.round_id = $1 GROUP BY style ORDER BY style`,
      [roundId],
    );
    const [without] = await q.query(
      `SELECT count(*)::int AS n FROM coffee_date_participant
        WHERE round_id = $1 AND (preferred_styles IS NULL OR cardinality(preferred_styles) = 0)`,
      [roundId],
    );
    return {
      ...counts,
      unmatchedReasons: reasons,
      crossMinistryRate: cross.total > 0 ? cross.crossing / cross.total : null,
      styleMix: styles,
      withoutProfile: without.n,
    };
  }
}
