import type { EntityManager } from 'typeorm';

import { SessionEntity } from './entities/session.entity';
import { generateToken } from './token';

export interface IssuedSession {
  token: string;
  sessionId: string;
  email: string;
  expiresAt: Date;
}

/** A new session row for `email`; every way of signing in ends here, so sessions are alike. */
export async function openSession(
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
