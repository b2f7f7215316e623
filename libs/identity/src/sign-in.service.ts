import { MemberService } from '@leerhuis/members';
import { AppConfig } from '@leerhuis/platform-config';
import { recordEvent } from '@leerhuis/platform-events';
import { liftEmailSuppression } from '@leerhuis/platform-mail';

import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { signInLinkRequested } from './identity.events';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { RateLimiter } from './rate-limiter';
import { type IssuedSession, SessionRepository } from './session.repository';
import { SignInLinkRepository } from './sign-in-link.repository';
import { generateToken, hashToken, looksLikeToken, normaliseEmail } from './token';

export const IDENTITY_RATE_LIMITER = Symbol('identity:rate-limiter');

export type { IssuedSession };

@Injectable()
export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly members: MemberService,
    private readonly links: SignInLinkRepository,
    private readonly sessions: SessionRepository,
    @Inject(IDENTITY_RATE_LIMITER) private readonly rateLimiter: RateLimiter,
  ) {}

  /**
   * Stores a single-use link (hash only) and records the event that makes the worker email
   * it. The answer is the same whether or not the address is a member: no enumeration.
   */
  async requestLink(
    rawEmail: string,
    ip: string | null,
    language?: 'nl' | 'en',
  ): Promise<{ expiresInMinutes: number }> {
    const email = normaliseEmail(rawEmail);
    const emailKey = createHash('sha256').update(email).digest('hex').slice(0, 32);
    const verdict = await this.rateLimiter.hit([
      {
        key: `rl:sign-in:email:${emailKey}`,
        limit: this.config.SIGN_IN_LIMIT_PER_EMAIL,
        windowSeconds: 15 * 60,
      },
      ...(ip
        ? [
            {
              key: `rl:sign-in:ip:${ip}`,
              limit: this.config.SIGN_IN_LIMIT_PER_IP,
              windowSeconds: 3600,
            },
          ]
        : []),
    ]);
    if (!verdict.allowed) {
      throw new IdentityException(
        IdentityErrorCode.TOO_MANY_SIGN_IN_REQUESTS,
        `Too many sign-in links requested. Try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} minutes.`,
        [],
        { retryAfterSeconds: verdict.retryAfterSeconds },
      );
    }
    const member = await this.members.findByEmail(email);
    const { token, hash } = generateToken();
    const ttl = this.config.SIGN_IN_LINK_TTL_MINUTES;
    const expiresAt = new Date(Date.now() + ttl * 60_000);
    await this.dataSource.transaction(async (manager) => {
      const linkId = await this.links.insert(manager, {
        email,
        tokenHash: hash,
        expiresAt,
        requestedIp: ip,
      });
      await recordEvent(manager, signInLinkRequested, {
        linkId,
        email,
        token,
        language: member?.language ?? language ?? 'nl',
        expiresAt: expiresAt.toISOString(),
      });
    });
    return { expiresInMinutes: ttl };
  }

  /** Uses the link (once, within its lifetime) and opens a session. */
  async redeem(token: string, userAgent: string | null): Promise<IssuedSession> {
    if (!looksLikeToken(token)) {
      throw new IdentityException(
        IdentityErrorCode.SIGN_IN_LINK_INVALID,
        'This sign-in link is not valid.',
        [{ field: 'token', message: 'Request a new sign-in link.' }],
      );
    }
    const tokenHash = hashToken(token);
    return this.dataSource.transaction(async (manager) => {
      const link = await this.links.claim(manager, tokenHash);
      if (!link) throw await this.whyNotUsable(tokenHash);
      // The link arrived, so the address works: lift a suppression after an earlier bounce.
      await liftEmailSuppression(manager, link.email, 'SIGN_IN');
      return this.sessions.open(manager, link.email, userAgent, this.config.SESSION_TTL_DAYS);
    });
  }

  private async whyNotUsable(tokenHash: string) {
    const link = await this.links.findByTokenHash(tokenHash);
    const field = [{ field: 'token', message: 'Request a new sign-in link.' }];
    if (!link)
      return new IdentityException(
        IdentityErrorCode.SIGN_IN_LINK_INVALID,
        'This sign-in link is not valid.',
        field,
      );
    if (link.usedAt)
      return new IdentityException(
        IdentityErrorCode.SIGN_IN_LINK_USED,
        'This sign-in link has already been used.',
        field,
      );
    return new IdentityException(
      IdentityErrorCode.SIGN_IN_LINK_EXPIRED,
      'This sign-in link has expired.',
      field,
    );
  }
}
