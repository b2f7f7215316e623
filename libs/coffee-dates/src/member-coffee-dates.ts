import { MemberSql } from '@leerhuis/members';

import type { DataSource, EntityManager } from 'typeorm';

/** A koffiedate in a member's personal calendar feed: the suggested slot of their group. */
export interface MemberCoffeeDate {
  matchId: string;
  startsAt: Date;
  /** The other members of the group, by name. */
  partnerNames: string[];
  declined: boolean;
}

/** The suggested slot is half an hour (coffee-date-match.entity.ts). */
export const COFFEE_DATE_MINUTES = 30;

/**
 * For the personal calendar feed (libs/agenda): the member's koffiedate slots from `since` on,
 * in groups they are still part of; a group they declined stays in, marked, so calendars drop it.
 */
export async function readMemberCoffeeDates(
  db: DataSource | EntityManager,
  memberId: string,
  since: Date,
): Promise<MemberCoffeeDate[]> {
  const rows: {
    match_id: string;
    slot_starts_at: Date;
    partner_names: string[] | null;
    declined: boolean;
  }[] = await db.query(
    `SELECT x.id AS match_id, x.slot_starts_at,
            (mm.response = 'DECLINED' OR NOT mm.active OR x.dissolved_at IS NOT NULL) AS declined,
            (SELECT array_agg(p.name ORDER BY p.name)
               FROM coffee_date_match_member o JOIN ${MemberSql.members} p ON p.id = o.member_id
              WHERE o.match_id = x.id AND o.member_id <> $1 AND o.active) AS partner_names
       FROM coffee_date_match_member mm
       JOIN coffee_date_match x ON x.id = mm.match_id
      WHERE mm.member_id = $1 AND x.slot_starts_at >= $2
      ORDER BY x.slot_starts_at
      LIMIT 100`,
    [memberId, since],
  );
  return rows.map((r) => ({
    matchId: r.match_id,
    startsAt: r.slot_starts_at,
    partnerNames: r.partner_names ?? [],
    declined: r.declined,
  }));
}
