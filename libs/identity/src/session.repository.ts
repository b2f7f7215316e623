import { MemberSql } from '@leerhuis/members';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';

import { SessionEntity } from './entities/session.entity';
import { generateToken } from './token';

export interface IssuedSession {
  token: string;
  sessionId: string;
  email: string;
  expiresAt: Date;
}

export interface LiveSession {
  id: string;
  email: string;
  last_seen_at: Date;
  member_id: string | null;
  platform_role: Viewer['role'] | null;
}

@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A session that is neither revoked nor expired, with the member of its address. Every
   * request starts here, so session and member come in one statement.
   */
  async findLive(tokenHash: string): Promise<LiveSession | null> {
    const rows: LiveSession[] = await this.dataSource.query(
      `SELECT s.id, s.email, s.last_seen_at, m.id AS member_id, m.platform_role
         FROM session s
         LEFT JOIN LATERAL ${MemberSql.byEmail('s.email')} m ON true
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async touch(id: string, expiresAt: Date): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id }, { lastSeenAt: new Date(), expiresAt });
  }

  async revoke(id: string): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** A new session row for `email`; every way of signing in ends here, so sessions are alike. */
  async open(
    manager: EntityManager,
    email: string,
    userAgent: string | null,
    ttlDays: number,
  ): Promise<IssuedSession> {
    const session = generateToken();
    const expiresAt = new Date(Date.now() + ttlDays * 86_400_000);
    const inserted = await manager.insert(SessionEntity, {
      tokenHash: session.hash,
      email,
      expiresAt,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return {
      token: session.token,
      sessionId: inserted.identifiers[0].id as string,
      email,
      expiresAt,
    };
  }
}
