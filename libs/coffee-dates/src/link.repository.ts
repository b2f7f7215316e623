import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CoffeeDateLinkEntity, CoffeeDateLinkPurpose } from './entities/coffee-date-link.entity';

/** The single-purpose link tokens in koffiedate emails (hashes only). */
@Injectable()
export class LinkRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(values: {
    tokenHash: string;
    purpose: CoffeeDateLinkPurpose;
    memberId: string;
    roundId: string | null;
    matchId: string | null;
    expiresAt: Date;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO coffee_date_link (token_hash, purpose, member_id, round_id, match_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        values.tokenHash,
        values.purpose,
        values.memberId,
        values.roundId,
        values.matchId,
        values.expiresAt,
      ],
    );
  }

  /** Several links in one statement (a match email carries five). */
  async insertMany(
    rows: {
      tokenHash: string;
      purpose: CoffeeDateLinkPurpose;
      memberId: string;
      roundId: string | null;
      matchId: string | null;
      expiresAt: Date;
    }[],
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO coffee_date_link (token_hash, purpose, member_id, round_id, match_id, expires_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::timestamptz[])`,
      [
        rows.map((r) => r.tokenHash),
        rows.map((r) => r.purpose),
        rows.map((r) => r.memberId),
        rows.map((r) => r.roundId),
        rows.map((r) => r.matchId),
        rows.map((r) => r.expiresAt.toISOString()),
      ],
    );
  }

  async find(tokenHash: string, manager?: EntityManager): Promise<CoffeeDateLinkEntity | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(CoffeeDateLinkEntity)
      .findOneBy({ tokenHash });
  }

  async lock(tokenHash: string, manager: EntityManager): Promise<CoffeeDateLinkEntity | null> {
    return manager
      .getRepository(CoffeeDateLinkEntity)
      .findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markUsed(tokenHash: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE coffee_date_link SET used_at = now() WHERE token_hash = $1`, [
      tokenHash,
    ]);
  }
}
