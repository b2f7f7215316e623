import { RateLimiter } from '@leerhuis/identity';
import { AppConfig } from '@leerhuis/platform-config';
import { recordEvent } from '@leerhuis/platform-events';
import type { Viewer } from '@leerhuis/platform-graphql';
import { normaliseAddress } from '@leerhuis/platform-mail';

import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { CONFIRMATION_TTL_MS, verifyConfirmationToken } from './email-confirmation-token';
import { emailConfirmationRequested } from './email-delivery.events';
import { EmailDeliveryErrorCode, EmailDeliveryException } from './email-delivery.exception';
import { EmailDeliveryRepository, SuppressionRow } from './email-delivery.repository';

export const EMAIL_DELIVERY_RATE_LIMITER = Symbol('email-delivery:rate-limiter');

export interface EmailDeliveryStatus {
  address: string;
  suppressed: boolean;
  since: Date | null;
  reason: string | null;
}

function explain(row: SuppressionRow, language: 'nl' | 'en'): string {
  const code = row.smtpCode ? ` (${row.smtpCode})` : '';
  if (row.reason === 'ADMIN') {
    return language === 'en'
      ? 'A Leerhuis administrator stopped mail to this address.'
      : 'Een beheerder van Leerhuis heeft mail naar dit adres stopgezet.';
  }
  return language === 'en'
    ? `Your mail server refused our email for good${code}, for instance because the mailbox does not exist or is full. Confirm your address to receive email again.`
    : `Je mailserver weigerde onze e-mail definitief${code}, bijvoorbeeld omdat de mailbox niet bestaat of vol is. Bevestig je adres om weer e-mail te krijgen.`;
}

/** A member's own delivery status, and confirming the address again after a bounce. */
@Injectable()
export class EmailDeliveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly repository: EmailDeliveryRepository,
    @Inject(EMAIL_DELIVERY_RATE_LIMITER) private readonly rateLimiter: RateLimiter,
  ) {}

  async status(viewer: Viewer): Promise<EmailDeliveryStatus> {
    const address = normaliseAddress(viewer.email);
    const row = await this.repository.activeSuppression(address);
    if (!row) return { address, suppressed: false, since: null, reason: null };
    const language = (await this.repository.memberLanguage(address)) ?? 'nl';
    return { address, suppressed: true, since: row.suppressedAt, reason: explain(row, language) };
  }

  /** Records the event that makes the worker mail a confirmation link (limited like sign-in). */
  async requestConfirmation(
    viewer: Viewer,
    ip: string | null,
  ): Promise<{ expiresInHours: number }> {
    const address = normaliseAddress(viewer.email);
    const emailKey = createHash('sha256').update(address).digest('hex').slice(0, 32);
    const verdict = await this.rateLimiter.hit([
      {
        key: `rl:email-confirmation:email:${emailKey}`,
        limit: this.config.SIGN_IN_LIMIT_PER_EMAIL,
        windowSeconds: 15 * 60,
      },
      ...(ip
        ? [
            {
              key: `rl:email-confirmation:ip:${ip}`,
              limit: this.config.SIGN_IN_LIMIT_PER_IP,
              windowSeconds: 3600,
            },
          ]
        : []),
    ]);
    if (!verdict.allowed) {
      throw new EmailDeliveryException(
        EmailDeliveryErrorCode.TOO_MANY_CONFIRMATION_REQUESTS,
        `Too many confirmation links requested. Try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} minutes.`,
        [],
        { retryAfterSeconds: verdict.retryAfterSeconds },
      );
    }
    if (!(await this.repository.activeSuppression(address))) {
      throw new EmailDeliveryException(
        EmailDeliveryErrorCode.NOT_SUPPRESSED,
        'Mail to your address is not held back; there is nothing to confirm.',
      );
    }
    const language = (await this.repository.memberLanguage(address)) ?? 'nl';
    await this.dataSource.transaction((manager) =>
      recordEvent(manager, emailConfirmationRequested, { address, language }),
    );
    return { expiresInHours: CONFIRMATION_TTL_MS / 3_600_000 };
  }

  /** Lifts the suppression of the address the link was sent to; works without signing in. */
  async confirm(token: string): Promise<{ confirmed: boolean; address: string }> {
    const check = verifyConfirmationToken(this.config.MAIL_TOKEN_SECRET, token);
    if (!check.ok) {
      const expired = check.reason === 'EXPIRED';
      throw new EmailDeliveryException(
        expired
          ? EmailDeliveryErrorCode.CONFIRMATION_LINK_EXPIRED
          : EmailDeliveryErrorCode.CONFIRMATION_LINK_INVALID,
        expired ? 'This confirmation link has expired.' : 'This confirmation link is not valid.',
        [{ field: 'token', message: 'Request a new confirmation link.' }],
      );
    }
    // Lifting twice is harmless: the second time there is nothing left to lift.
    await this.repository.lift(check.address, 'MEMBER_CONFIRMED');
    return { confirmed: true, address: check.address };
  }
}
