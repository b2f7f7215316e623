import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CoffeeDateMatchKind } from './entities/coffee-date-match.entity';
import {
  CoffeeDateRoundEntity,
  CoffeeDateRoundKind,
  CoffeeDateRoundState,
  CoffeeDateRoundStats,
} from './entities/coffee-date-round.entity';

/** A participant as the matching needs them (ministry found by walking the tree up). */
export interface ParticipantRow {
  memberId: string;
  organisationId: string;
  organisationType: string;
  ministryId: string | null;
  themes: string[];
}

/** Who an email goes to, and what a partner may show of them. */
export interface MemberContact {
  id: string;
  email: string;
  name: string;
  language: 'nl' | 'en';
  jobRole: string;
  organisationName: string | null;
  showOrganisation: boolean;
  showJobRole: boolean;
}

export interface StoredGroup {
  matchId: string;
  kind: CoffeeDateMatchKind;
  score: number;
  reasons: { code: string; message: string; details?: Record<string, unknown> }[];
  slotStartsAt: Date;
  memberIds: string[];
}

export interface UnmatchedRow {
  memberId: string;
  reason: string;
  details: Record<string, unknown>;
  dissolvedMatchId: string | null;
}

/** Rows per bulk INSERT: well under Postgres' parameter and message limits. */
const BULK_ROWS = 5000;

export interface NewGroup {
  kind: CoffeeDateMatchKind;
  score: number;
  reasons: unknown[];
  slotStartsAt: Date;
  memberIds: string[];
}

const ROUND_COLUMNS = `id, kind, period, state, seed, opens_at AS "opensAt",
  signup_deadline AS "signupDeadline", reminder_at AS "reminderAt", closes_at AS "closesAt",
  to_char(meet_on, 'YYYY-MM-DD') AS "meetOn", community_id AS "communityId",
  requested_by AS "requestedBy", matched_at AS "matchedAt", reminded_at AS "remindedAt",
  closed_at AS "closedAt", stats, created_at AS "createdAt"`;

/** Rounds, who joined them, the groups formed and who was left out. Plain SQL. */
@Injectable()
export class RoundRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager): Promise<CoffeeDateRoundEntity | null> {
    const rows = await this.q(manager).query(
      `SELECT ${ROUND_COLUMNS} FROM coffee_date_round WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Locks the round's row: every change to one round runs one after another. */
  async lock(id: string, manager: EntityManager): Promise<CoffeeDateRoundEntity | null> {
    const rows = await manager.query(
      `SELECT ${ROUND_COLUMNS} FROM coffee_date_round WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findMonthly(
    period: string,
    manager?: EntityManager,
  ): Promise<CoffeeDateRoundEntity | null> {
    const rows = await this.q(manager).query(
      `SELECT ${ROUND_COLUMNS} FROM coffee_date_round WHERE kind = 'MONTHLY' AND period = $1`,
      [period],
    );
    return rows[0] ?? null;
  }

  /** The monthly round members can sign up for now, if any. */
  async openMonthly(manager?: EntityManager): Promise<CoffeeDateRoundEntity | null> {
    const rows = await this.q(manager).query(
      `SELECT ${ROUND_COLUMNS} FROM coffee_date_round
        WHERE kind = 'MONTHLY' AND state = 'OPEN' ORDER BY opens_at DESC LIMIT 1`,
    );
    return rows[0] ?? null;
  }

  /** A page of rounds, newest first: `limit` rows after the (opens_at, id) key `after`. */
  async page(
    limit: number,
    after: [string, string] | null,
  ): Promise<{ rows: CoffeeDateRoundEntity[]; total: number }> {
    const rows: (CoffeeDateRoundEntity & { total: number })[] = await this.dataSource.query(
      `SELECT ${ROUND_COLUMNS}, count(*) OVER ()::int AS total FROM coffee_date_round
        WHERE $2::timestamptz IS NULL OR (opens_at, id) < ($2::timestamptz, $3::uuid)
        ORDER BY opens_at DESC, id DESC LIMIT $1`,
      [limit, after?.[0] ?? null, after?.[1] ?? null],
    );
    const total = after
      ? ((await this.dataSource.query(`SELECT count(*)::int AS n FROM coffee_date_round`))[0]
          .n as number)
      : (rows[0]?.total ?? 0);
    return { rows: rows.map(({ total: _total, ...round }) => round), total };
  }

  async notClosed(): Promise<CoffeeDateRoundEntity[]> {
    return this.dataSource.query(
      `SELECT ${ROUND_COLUMNS} FROM coffee_date_round WHERE state <> 'CLOSED' ORDER BY opens_at`,
    );
  }

  /** Inserts a monthly round unless its period has one; null when it existed. */
  async insertMonthly(
    values: Pick<
      CoffeeDateRoundEntity,
      'period' | 'seed' | 'opensAt' | 'signupDeadline' | 'reminderAt' | 'closesAt'
    >,
    manager: EntityManager,
  ): Promise<CoffeeDateRoundEntity | null> {
    const rows = await manager.query(
      `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at, closes_at)
       VALUES ('MONTHLY', $1, 'OPEN', $2, $3, $4, $5, $6)
       ON CONFLICT (period) WHERE kind = 'MONTHLY' DO NOTHING
       RETURNING ${ROUND_COLUMNS}`,
      [
        values.period,
        values.seed,
        values.opensAt,
        values.signupDeadline,
        values.reminderAt,
        values.closesAt,
      ],
    );
    return rows[0] ?? null;
  }

  async insertTeam(
    values: Pick<
      CoffeeDateRoundEntity,
      | 'seed'
      | 'opensAt'
      | 'signupDeadline'
      | 'reminderAt'
      | 'closesAt'
      | 'meetOn'
      | 'communityId'
      | 'requestedBy'
    >,
    manager: EntityManager,
  ): Promise<CoffeeDateRoundEntity> {
    const rows = await manager.query(
      `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at,
                                      closes_at, meet_on, community_id, requested_by)
       VALUES ('TEAM', NULL, 'MATCHING', $1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING ${ROUND_COLUMNS}`,
      [
        values.seed,
        values.opensAt,
        values.signupDeadline,
        values.reminderAt,
        values.closesAt,
        values.meetOn,
        values.communityId,
        values.requestedBy,
      ],
    );
    return rows[0];
  }

  async setState(
    id: string,
    state: CoffeeDateRoundState,
    manager: EntityManager,
    extra: { matchedAt?: Date; closedAt?: Date; stats?: CoffeeDateRoundStats } = {},
  ): Promise<void> {
    await manager.query(
      `UPDATE coffee_date_round SET state = $2,
              matched_at = COALESCE($3, matched_at), closed_at = COALESCE($4, closed_at),
              stats = COALESCE($5, stats)
        WHERE id = $1`,
      [id, state, extra.matchedAt ?? null, extra.closedAt ?? null, extra.stats ?? null],
    );
  }

  async markReminded(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE coffee_date_round SET reminded_at = now() WHERE id = $1`, [id]);
  }

  // --- participants ---------------------------------------------------------------------

  async isParticipant(roundId: string, memberId: string, manager?: EntityManager) {
    const rows = await this.q(manager).query(
      `SELECT 1 FROM coffee_date_participant WHERE round_id = $1 AND member_id = $2`,
      [roundId, memberId],
    );
    return rows.length > 0;
  }

  async addParticipant(
    roundId: string,
    memberId: string,
    via: 'ROUND' | 'EVERY_MONTH' | 'NEXT_ROUND' | 'TEAM',
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO coffee_date_participant (round_id, member_id, via) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [roundId, memberId, via],
    );
  }

  async removeParticipant(roundId: string, memberId: string, manager: EntityManager) {
    await manager.query(
      `DELETE FROM coffee_date_participant WHERE round_id = $1 AND member_id = $2`,
      [roundId, memberId],
    );
  }

  /**
   * A new round takes everyone who chose "every month" or "next round", unless paused or
   * unsubscribed; "next round" is used up.
   */
  async enrolStanding(roundId: string, today: string, manager: EntityManager): Promise<number> {
    const rows = await manager.query(
      `INSERT INTO coffee_date_participant (round_id, member_id, via)
       SELECT $1, p.member_id, CASE WHEN p.every_month THEN 'EVERY_MONTH' ELSE 'NEXT_ROUND' END
         FROM coffee_date_preference p
        WHERE (p.every_month OR p.next_round) AND p.unsubscribed_at IS NULL
          AND (p.paused_until IS NULL OR p.paused_until <= $2::date)
       ON CONFLICT DO NOTHING
       RETURNING member_id`,
      [roundId, today],
    );
    await manager.query(
      `UPDATE coffee_date_preference SET next_round = false, updated_at = now() WHERE next_round`,
    );
    return rows.length;
  }

  /** Participants with their organisation, the ministry above it, and themes. */
  async participantsForMatching(
    roundId: string,
    manager?: EntityManager,
  ): Promise<ParticipantRow[]> {
    return this.q(manager).query(
      // The tree is walked once per organisation, not per participant: a subquery over the
      // walk per participant made 50,000 participants take minutes (quadratic).
      `WITH RECURSIVE own AS (
         SELECT DISTINCT m.organisation_id AS id
           FROM coffee_date_participant p JOIN member m ON m.id = p.member_id
          WHERE p.round_id = $1
       ), up AS (
         SELECT o.id AS start, o.id, o.type, o.parent_id, 0 AS depth
           FROM own JOIN organisation o ON o.id = own.id
         UNION ALL
         SELECT up.start, o.id, o.type, o.parent_id, up.depth + 1
           FROM up JOIN organisation o ON o.id = up.parent_id
          WHERE up.type <> 'MINISTRY' AND up.depth < 10
       ), ministry AS (
         SELECT DISTINCT ON (start) start, id FROM up WHERE type = 'MINISTRY' ORDER BY start, depth
       )
       SELECT p.member_id AS "memberId", m.organisation_id AS "organisationId",
              o.type AS "organisationType", m.themes, mi.id AS "ministryId"
         FROM coffee_date_participant p
         JOIN member m ON m.id = p.member_id
         JOIN organisation o ON o.id = m.organisation_id
         LEFT JOIN ministry mi ON mi.start = m.organisation_id
        WHERE p.round_id = $1
        ORDER BY p.member_id`,
      [roundId],
    );
  }

  /** What the stats need later, as it was when the round was matched (one statement). */
  async snapshotParticipants(
    roundId: string,
    rows: {
      memberId: string;
      ministryId: string | null;
      organisationType: string;
      preferredStyles: string[];
    }[],
    manager: EntityManager,
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `UPDATE coffee_date_participant p
          SET ministry_id = s.ministry_id, organisation_type = s.organisation_type,
              preferred_styles = CASE WHEN s.styles = '' THEN '{}'::text[] ELSE string_to_array(s.styles, ',') END
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[])
              AS s(member_id, ministry_id, organisation_type, styles)
        WHERE p.round_id = $1 AND p.member_id = s.member_id`,
      [
        roundId,
        rows.map((r) => r.memberId),
        rows.map((r) => r.ministryId),
        rows.map((r) => r.organisationType),
        rows.map((r) => r.preferredStyles.join(',')),
      ],
    );
  }

  /** Active members of a CoP the viewer coordinates (team koffiedates), or null when not. */
  async coordinatedTeam(viewerId: string, communityId: string): Promise<string[] | null> {
    const coordinator = await this.dataSource.query(
      `SELECT 1 FROM community_membership WHERE community_id = $1 AND member_id = $2
          AND status = 'ACTIVE' AND role = 'COORDINATOR'`,
      [communityId, viewerId],
    );
    if (coordinator.length === 0) return null;
    const rows: { member_id: string }[] = await this.dataSource.query(
      `SELECT member_id FROM community_membership WHERE community_id = $1 AND status = 'ACTIVE'
        ORDER BY member_id`,
      [communityId],
    );
    return rows.map((r) => r.member_id);
  }

  /** CoPs the viewer coordinates that have all of these members active. */
  async coordinatesAll(viewerId: string, memberIds: string[]): Promise<string | null> {
    const rows: { community_id: string }[] = await this.dataSource.query(
      `SELECT c.community_id FROM community_membership c
        WHERE c.member_id = $1 AND c.status = 'ACTIVE' AND c.role = 'COORDINATOR'
          AND (SELECT count(*) FROM community_membership x
                WHERE x.community_id = c.community_id AND x.status = 'ACTIVE'
                  AND x.member_id = ANY($2)) = cardinality($2::uuid[])
        ORDER BY c.community_id LIMIT 1`,
      [viewerId, memberIds],
    );
    return rows[0]?.community_id ?? null;
  }

  async participantCount(roundIds: string[]): Promise<Map<string, number>> {
    const rows: { round_id: string; n: number }[] = await this.dataSource.query(
      `SELECT round_id, count(*)::int AS n FROM coffee_date_participant WHERE round_id = ANY($1) GROUP BY round_id`,
      [roundIds],
    );
    return new Map(rows.map((r) => [r.round_id, r.n]));
  }

  async participantIds(roundId: string, manager?: EntityManager): Promise<string[]> {
    const rows: { member_id: string }[] = await this.q(manager).query(
      `SELECT member_id FROM coffee_date_participant WHERE round_id = $1 ORDER BY member_id`,
      [roundId],
    );
    return rows.map((r) => r.member_id);
  }

  // --- history for the matching ----------------------------------------------------------

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

  // --- groups ------------------------------------------------------------------------------

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

  async contacts(
    memberIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, MemberContact>> {
    const rows: MemberContact[] = await this.q(manager).query(
      `SELECT m.id, m.email, m.name, m.language, m.job_role AS "jobRole",
              o.name AS "organisationName",
              COALESCE(m.visibility->>'organisation', 'MEMBERS') = 'MEMBERS' AS "showOrganisation",
              COALESCE(m.visibility->>'jobRole', 'MEMBERS') = 'MEMBERS' AS "showJobRole"
         FROM member m LEFT JOIN organisation o ON o.id = m.organisation_id
        WHERE m.id = ANY($1)`,
      [memberIds],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Which of these email keys were sent (one statement for a page of emails). */
  async sentKeys(keys: string[]): Promise<Set<string>> {
    const rows: { key: string }[] = await this.dataSource.query(
      `SELECT key FROM sent_email WHERE key = ANY($1)`,
      [keys],
    );
    return new Set(rows.map((r) => r.key));
  }

  /** Was an email with this key sent? (Checked before minting new link tokens for it.) */
  async wasSent(key: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM sent_email WHERE key = $1`, [key]);
    return rows.length > 0;
  }

  // --- stats -------------------------------------------------------------------------------

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
