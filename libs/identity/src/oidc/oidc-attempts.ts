import type { Redis } from 'ioredis';

import { hashToken } from '../token';

/** What the callback needs to finish one sign-in; kept on the server, never in the browser. */
export interface OidcAttempt {
  provider: string;
  nonce: string;
  codeVerifier: string;
  /** Hash of the browser's OIDC cookie: the callback must come from the browser that started. */
  browserHash: string;
  returnTo: string;
}

/** Minutes a person has to sign in at the provider. */
export const OIDC_ATTEMPT_TTL_SECONDS = 10 * 60;

/** Pending sign-ins in Redis, keyed by a hash of their state, each readable once. */
export class OidcAttempts {
  constructor(private readonly redis: Redis) {}

  async save(state: string, attempt: OidcAttempt): Promise<void> {
    await this.redis.set(key(state), JSON.stringify(attempt), 'EX', OIDC_ATTEMPT_TTL_SECONDS);
  }

  /** Reading removes it (GETDEL), so a replayed callback finds nothing. */
  async take(state: string): Promise<OidcAttempt | null> {
    const raw = await this.redis.getdel(key(state));
    return raw ? (JSON.parse(raw) as OidcAttempt) : null;
  }
}

const key = (state: string) => `oidc:attempt:${hashToken(state)}`;
