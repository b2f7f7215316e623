import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  CoffeeDateMatchMemberEntity,
  CoffeeDateNextStep,
  CoffeeDateResponse,
} from './entities/coffee-date-match.entity';

/** A member's place in a group, with the group's round and partners. */
export interface MyMatchRow {
  matchId: string;
  roundId: string;
  roundKind: string;
  roundPeriod: string | null;
  roundState: string;
  kind: string;
  slotStartsAt: Date;
  dissolved: boolean;
  active: boolean;
  response: CoffeeDateResponse;
  met: boolean | null;
  rating: number | null;
  nextStep: CoffeeDateNextStep | null;
  partnerIds: string[];
}

const MEMBER_COLUMNS = `match_id AS "matchId", member_id AS "memberId", round_id AS "roundId", active,
  response, responded_at AS "respondedAt", met, rating, next_step AS "nextStep", feedback_at AS "feedbackAt"`;

/** Members' answers and feedback on their groups. */
@Injectable()
export class MatchRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lockMember(
    matchId: string,
    memberId: string,
    manager: EntityManager,
  ): Promise<(CoffeeDateMatchMemberEntity & { dissolved: boolean }) | null> {
    const rows = await manager.query(
      `SELECT ${MEMBER_COLUMNS}, (SELECT dissolved_at IS NOT NULL FROM coffee_date_match WHERE id = $1) AS dissolved
         FROM coffee_date_match_member WHERE match_id = $1 AND member_id = $2 FOR UPDATE`,
      [matchId, memberId],
    );
    return rows[0] ?? null;
  }

  async roundOf(matchId: string, manager?: EntityManager): Promise<string | null> {
    const rows = await (manager ?? this.dataSource.manager).query(
      `SELECT round_id FROM coffee_date_match WHERE id = $1`,
      [matchId],
    );
    return rows[0]?.round_id ?? null;
  }

  async respond(
    matchId: string,
    memberId: string,
    response: CoffeeDateResponse,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE coffee_date_match_member
          SET response = $3, responded_at = now(), active = active AND $3 <> 'DECLINED'
        WHERE match_id = $1 AND member_id = $2`,
      [matchId, memberId, response],
    );
  }

  /** Active members left in a group. */
  async activeMembers(matchId: string, manager: EntityManager): Promise<string[]> {
    const rows: { member_id: string }[] = await manager.query(
      `SELECT member_id FROM coffee_date_match_member WHERE match_id = $1 AND active ORDER BY member_id`,
      [matchId],
    );
    return rows.map((r) => r.member_id);
  }

  async dissolve(matchId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE coffee_date_match SET dissolved_at = now() WHERE id = $1`, [
      matchId,
    ]);
    await manager.query(`UPDATE coffee_date_match_member SET active = false WHERE match_id = $1`, [
      matchId,
    ]);
  }

  async recordFeedback(
    matchId: string,
    memberId: string,
    values: { met: boolean; rating: number | null; nextStep: CoffeeDateNextStep | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE coffee_date_match_member SET met = $3, rating = $4, next_step = $5, feedback_at = now()
        WHERE match_id = $1 AND member_id = $2`,
      [matchId, memberId, values.met, values.rating, values.nextStep],
    );
  }

  /** The member's groups, newest round first, with partners still in the group. */
  async forMember(memberId: string, limit: number): Promise<MyMatchRow[]> {
    return this.dataSource.query(
      `SELECT m.id AS "matchId", m.round_id AS "roundId", r.kind AS "roundKind", r.period AS "roundPeriod",
              r.state AS "roundState", m.kind, m.slot_starts_at AS "slotStartsAt",
              m.dissolved_at IS NOT NULL AS dissolved, me.active, me.response, me.met, me.rating,
              me.next_step AS "nextStep",
              COALESCE((SELECT array_agg(o.member_id ORDER BY o.member_id)::text[] FROM coffee_date_match_member o
                         WHERE o.match_id = m.id AND o.member_id <> $1 AND o.active), '{}') AS "partnerIds"
         FROM coffee_date_match_member me
         JOIN coffee_date_match m ON m.id = me.match_id
         JOIN coffee_date_round r ON r.id = m.round_id
        WHERE me.member_id = $1
        ORDER BY r.opens_at DESC, m.created_at DESC LIMIT $2`,
      [memberId, limit],
    );
  }

  /** Members of a round's standing groups who have not reported yet (for the reminder). */
  async withoutFeedback(roundId: string): Promise<{ matchId: string; memberId: string }[]> {
    return this.dataSource.query(
      `SELECT mm.match_id AS "matchId", mm.member_id AS "memberId"
         FROM coffee_date_match_member mm JOIN coffee_date_match m ON m.id = mm.match_id
        WHERE mm.round_id = $1 AND mm.active AND m.dissolved_at IS NULL AND mm.feedback_at IS NULL
        ORDER BY mm.match_id, mm.member_id`,
      [roundId],
    );
  }
}
