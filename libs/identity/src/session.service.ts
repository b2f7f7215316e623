import { AppConfig } from '@leerhuis/platform-config';
import { type Viewer, ViewerCache } from '@leerhuis/platform-graphql';

import { Injectable, Optional } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';

import { SessionEntity } from './entities/session.entity';
import { hashToken, looksLikeToken } from './token';

const TOUCH_AFTER_MS = 3600_000;

interface SessionRow {
  id: string;
  email: string;
  last_seen_at: Date;
  member_id: string | null;
  platform_role: Viewer['role'] | null;
}

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    // Absent outside the API (no ViewerCacheModule): every lookup then reads the database.
    @Optional() private readonly cache?: ViewerCache,
  ) {}

  /** The viewer behind a session token, or null for a missing, revoked or expired session. */
  async resolve(token: string): Promise<Viewer | null> {
    if (!looksLikeToken(token)) return null;
    const cached = this.cache?.get(token);
    if (cached) return cached;
    const mark = this.cache?.mark() ?? 0;
    // Every request starts here, so session and member come in one statement: a read-only
    // join on the member's email (the members lib owns that table; nothing here writes it).
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.email, s.last_seen_at, m.id AS member_id, m.platform_role
         FROM session s
         LEFT JOIN member m ON lower(m.email) = lower(s.email)
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(token)],
    );
    const session = rows[0];
    if (!session) return null;
    // Sliding expiry, written at most once an hour per session to keep reads cheap.
    if (Date.now() - session.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.dataSource.getRepository(SessionEntity).update(
        { id: session.id },
        {
          lastSeenAt: new Date(),
          expiresAt: new Date(Date.now() + this.config.SESSION_TTL_DAYS * 86_400_000),
        },
      );
    }
    const viewer: Viewer = {
      sessionId: session.id,
      email: session.email,
      memberId: session.member_id,
      role: session.platform_role ?? 'MEMBER',
    };
    this.cache?.set(token, viewer, mark);
    return viewer;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    // After the write: a lookup that read the session before it cannot store it any more.
    this.cache?.forgetSession(sessionId);
  }
}
