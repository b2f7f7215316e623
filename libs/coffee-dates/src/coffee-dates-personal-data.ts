import {
  type DataSubject,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
  scrubJsonSql,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Koffiedate preferences, blocks and history (rounds joined, matches, answers, feedback). */
@Injectable()
export class CoffeeDatesPersonalData implements PersonalDataSource {
  readonly section = 'coffeeDates';

  constructor(private readonly dataSource: DataSource) {}

  async export({ memberId }: DataSubject): Promise<PersonalDataSection> {
    const q = (sql: string) => this.dataSource.query(sql, [memberId]).then(plainRows);
    return {
      preference:
        (
          await q(
            `SELECT every_month AS "everyMonth", next_round AS "nextRound", paused_until AS "pausedUntil",
                    unsubscribed_at AS "unsubscribedAt", updated_at AS "updatedAt"
               FROM coffee_date_preference WHERE member_id = $1`,
          )
        )[0] ?? null,
      blocks: await q(
        `SELECT blocked_member_id AS "blockedMemberId", created_at AS "createdAt"
           FROM coffee_date_block WHERE member_id = $1 ORDER BY created_at`,
      ),
      rounds: await q(
        `SELECT r.period, r.kind, p.via, p.joined_at AS "joinedAt"
           FROM coffee_date_participant p JOIN coffee_date_round r ON r.id = p.round_id
          WHERE p.member_id = $1 ORDER BY r.opens_at`,
      ),
      matches: await q(
        `SELECT r.period, mm.response, mm.responded_at AS "respondedAt", mm.met, mm.rating,
                mm.next_step AS "nextStep", mm.active,
                (SELECT array_agg(o.member_id) FROM coffee_date_match_member o
                  WHERE o.match_id = mm.match_id AND o.member_id <> mm.member_id) AS "partnerIds"
           FROM coffee_date_match_member mm JOIN coffee_date_round r ON r.id = mm.round_id
          WHERE mm.member_id = $1 ORDER BY r.opens_at`,
      ),
      unmatched: await q(
        `SELECT r.period, u.reason, u.created_at AS "createdAt"
           FROM coffee_date_unmatched u JOIN coffee_date_round r ON r.id = u.round_id
          WHERE u.member_id = $1`,
      ),
    };
  }

  async erase({ memberId }: DataSubject, _options: unknown, manager: EntityManager): Promise<void> {
    for (const sql of [
      `DELETE FROM coffee_date_preference WHERE member_id = $1`,
      `DELETE FROM coffee_date_block WHERE member_id = $1 OR blocked_member_id = $1`,
      `DELETE FROM coffee_date_link WHERE member_id = $1`,
      `DELETE FROM coffee_date_participant WHERE member_id = $1`,
      `DELETE FROM coffee_date_unmatched WHERE member_id = $1`,
      // Match reasons and round statistics name members by id: keep the figures, not the id.
      `UPDATE coffee_date_match SET ${scrubJsonSql('reasons', '$1')} WHERE reasons::text LIKE '%' || $1::text || '%'`,
      `UPDATE coffee_date_unmatched SET ${scrubJsonSql('details', '$1')} WHERE details::text LIKE '%' || $1::text || '%'`,
      `UPDATE coffee_date_round SET ${scrubJsonSql('stats', '$1')} WHERE stats::text LIKE '%' || $1::text || '%'`,
    ]) {
      await manager.query(sql, [memberId]);
    }
  }
}
