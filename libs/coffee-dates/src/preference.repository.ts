import { MemberSql } from '@leerhuis/members';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CoffeeDatePreferenceEntity } from './entities/coffee-date-preference.entity';

const COLUMNS = `member_id AS "memberId", every_month AS "everyMonth", next_round AS "nextRound",
  to_char(paused_until, 'YYYY-MM-DD') AS "pausedUntil", unsubscribed_at AS "unsubscribedAt",
  updated_at AS "updatedAt"`;

/** Members' koffiedate choices and their "don't match me with" lists. */
@Injectable()
export class PreferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async find(
    memberId: string,
    manager?: EntityManager,
  ): Promise<CoffeeDatePreferenceEntity | null> {
    const rows = await this.q(manager).query(
      `SELECT ${COLUMNS} FROM coffee_date_preference WHERE member_id = $1`,
      [memberId],
    );
    return rows[0] ?? null;
  }

  /** Locks (creating if needed) the member's row, so their changes run one after another. */
  async lock(memberId: string, manager: EntityManager): Promise<CoffeeDatePreferenceEntity> {
    await manager.query(
      `INSERT INTO coffee_date_preference (member_id) VALUES ($1) ON CONFLICT DO NOTHING`,
      [memberId],
    );
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM coffee_date_preference WHERE member_id = $1 FOR UPDATE`,
      [memberId],
    );
    return rows[0];
  }

  async update(
    memberId: string,
    values: Partial<
      Pick<
        CoffeeDatePreferenceEntity,
        'everyMonth' | 'nextRound' | 'pausedUntil' | 'unsubscribedAt'
      >
    >,
    manager: EntityManager,
  ): Promise<CoffeeDatePreferenceEntity> {
    const sets: string[] = [];
    const params: unknown[] = [memberId];
    const column = {
      everyMonth: 'every_month',
      nextRound: 'next_round',
      pausedUntil: 'paused_until',
      unsubscribedAt: 'unsubscribed_at',
    } as const;
    for (const [key, value] of Object.entries(values) as [keyof typeof column, unknown][]) {
      params.push(value);
      sets.push(`${column[key]} = $${params.length}`);
    }
    const rows = await manager.query(
      `UPDATE coffee_date_preference SET ${[...sets, 'updated_at = now()'].join(', ')}
        WHERE member_id = $1 RETURNING ${COLUMNS}`,
      params,
    );
    return rows[0][0] ?? rows[0];
  }

  async memberExists(memberId: string, manager?: EntityManager): Promise<boolean> {
    const rows = await this.q(manager).query(
      `SELECT 1 FROM ${MemberSql.members} member WHERE id = $1`,
      [memberId],
    );
    return rows.length > 0;
  }

  async blockedBy(memberId: string): Promise<string[]> {
    const rows: { blocked_member_id: string }[] = await this.dataSource.query(
      `SELECT b.blocked_member_id FROM coffee_date_block b JOIN ${MemberSql.members} m ON m.id = b.blocked_member_id
        WHERE b.member_id = $1 ORDER BY m.name, m.id`,
      [memberId],
    );
    return rows.map((r) => r.blocked_member_id);
  }

  async block(memberId: string, blockedMemberId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO coffee_date_block (member_id, blocked_member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [memberId, blockedMemberId],
    );
  }

  async unblock(memberId: string, blockedMemberId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `DELETE FROM coffee_date_block WHERE member_id = $1 AND blocked_member_id = $2`,
      [memberId, blockedMemberId],
    );
  }

  /** Every block between two of these members, either direction. */
  async blocksAmong(
    memberIds: string[],
    manager?: EntityManager,
  ): Promise<{ blockerId: string; blockedId: string }[]> {
    return this.q(manager).query(
      `SELECT member_id AS "blockerId", blocked_member_id AS "blockedId" FROM coffee_date_block
        WHERE member_id = ANY($1) AND blocked_member_id = ANY($1)`,
      [memberIds],
    );
  }

  /** Members who receive the round's invitation: not unsubscribed, not paused. */
  async invitees(today: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT m.id FROM ${MemberSql.members} m LEFT JOIN coffee_date_preference p ON p.member_id = m.id
        WHERE p.unsubscribed_at IS NULL AND (p.paused_until IS NULL OR p.paused_until <= $1::date)
        ORDER BY m.id`,
      [today],
    );
    return rows.map((r) => r.id);
  }
}
