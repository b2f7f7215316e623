import { MemberService } from '@leerhuis/members';
import { AppConfig } from '@leerhuis/platform-config';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';

import { SessionEntity } from './entities/session.entity';
import { hashToken, looksLikeToken } from './token';

const TOUCH_AFTER_MS = 3600_000;

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly members: MemberService,
  ) {}

  /** The viewer behind a session token, or null for a missing, revoked or expired session. */
  async resolve(token: string): Promise<Viewer | null> {
    if (!looksLikeToken(token)) return null;
    const sessions = this.dataSource.getRepository(SessionEntity);
    const session = await sessions.findOneBy({
      tokenHash: hashToken(token),
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    if (!session) return null;
    // Sliding expiry, written at most once an hour per session to keep reads cheap.
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await sessions.update(
        { id: session.id },
        {
          lastSeenAt: new Date(),
          expiresAt: new Date(Date.now() + this.config.SESSION_TTL_DAYS * 86_400_000),
        },
      );
    }
    const member = await this.members.findByEmail(session.email);
    return {
      sessionId: session.id,
      email: session.email,
      memberId: member?.id ?? null,
      role: member?.platformRole ?? 'MEMBER',
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
