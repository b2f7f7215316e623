import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  CoffeeDateRoundEntity,
  CoffeeDateRoundState,
  CoffeeDateRoundStats,
} from './entities/coffee-date-round.entity';

const ROUND_COLUMNS = `id, kind, period, state, seed, opens_at AS "opensAt",
  signup_deadline AS "signupDeadline", reminder_at AS "reminderAt", closes_at AS "closesAt",
  to_char(meet_on, 'YYYY-MM-DD') AS "meetOn", community_id AS "communityId",
  requested_by AS "requestedBy", matched_at AS "matchedAt", reminded_at AS "remindedAt",
  closed_at AS "closedAt", stats, created_at AS "createdAt"`;

/** Rounds: the monthly and team koffiedate rounds and their state. Plain SQL. */
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
}
