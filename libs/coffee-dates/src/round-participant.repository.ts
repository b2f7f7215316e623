import { CommunitySql } from '@leerhuis/communities';
import { MemberSql } from '@leerhuis/members';
import { OrganisationSql } from '@leerhuis/organisations';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A participant as the matching needs them (ministry found by walking the tree up). */
export interface ParticipantRow {
  memberId: string;
  organisationId: string;
  organisationType: string;
  ministryId: string | null;
  themes: string[];
}

/** Who joined a round, and what the matching needs to know of them. Plain SQL. */
@Injectable()
export class RoundParticipantRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

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
           FROM coffee_date_participant p JOIN ${MemberSql.members} m ON m.id = p.member_id
          WHERE p.round_id = $1
       ), up AS (
         SELECT o.id AS start, o.id, o.type, o.parent_id, 0 AS depth
           FROM own JOIN ${OrganisationSql.organisations} o ON o.id = own.id
         UNION ALL
         SELECT up.start, o.id, o.type, o.parent_id, up.depth + 1
           FROM up JOIN ${OrganisationSql.organisations} o ON o.id = up.parent_id
          WHERE up.type <> 'MINISTRY' AND up.depth < 10
       ), ministry AS (
         SELECT DISTINCT ON (start) start, id FROM up WHERE type = 'MINISTRY' ORDER BY start, depth
       )
       SELECT p.member_id AS "memberId", m.organisation_id AS "organisationId",
              o.type AS "organisationType", m.themes, mi.id AS "ministryId"
         FROM coffee_date_participant p
         JOIN ${MemberSql.members} m ON m.id = p.member_id
         JOIN ${OrganisationSql.organisations} o ON o.id = m.organisation_id
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
      `SELECT 1 FROM ${CommunitySql.memberships} community_membership WHERE community_id = $1 AND member_id = $2
          AND status = 'ACTIVE' AND role = 'COORDINATOR'`,
      [communityId, viewerId],
    );
    if (coordinator.length === 0) return null;
    const rows: { member_id: string }[] = await this.dataSource.query(
      `SELECT member_id FROM ${CommunitySql.memberships} community_membership WHERE community_id = $1 AND status = 'ACTIVE'
        ORDER BY member_id`,
      [communityId],
    );
    return rows.map((r) => r.member_id);
  }

  /** CoPs the viewer coordinates that have all of these members active. */
  async coordinatesAll(viewerId: string, memberIds: string[]): Promise<string | null> {
    const rows: { community_id: string }[] = await this.dataSource.query(
      `SELECT c.community_id FROM ${CommunitySql.memberships} c
        WHERE c.member_id = $1 AND c.status = 'ACTIVE' AND c.role = 'COORDINATOR'
          AND (SELECT count(*) FROM ${CommunitySql.memberships} x
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
}
