import { AppConfig } from '@leerhuis/platform-config';
import { type Viewer, ViewerCache } from '@leerhuis/platform-graphql';

import { Injectable, Optional } from '@nestjs/common';

import { SessionRepository } from './session.repository';
import { hashToken, looksLikeToken } from './token';

const TOUCH_AFTER_MS = 3600_000;

@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
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
    const session = await this.sessions.findLive(hashToken(token));
    if (!session) return null;
    // Sliding expiry, written at most once an hour per session to keep reads cheap.
    if (Date.now() - session.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.sessions.touch(
        session.id,
        new Date(Date.now() + this.config.SESSION_TTL_DAYS * 86_400_000),
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
    await this.sessions.revoke(sessionId);
    // After the write: a lookup that read the session before it cannot store it any more.
    this.cache?.forgetSession(sessionId);
  }
}
