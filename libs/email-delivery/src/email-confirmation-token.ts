import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long an address confirmation link works. */
export const CONFIRMATION_TTL_MS = 24 * 3600 * 1000;

function signature(secret: string, address: string, expiresAt: number): Buffer {
  return createHmac('sha256', secret).update(`email-confirmation:${address}:${expiresAt}`).digest();
}

/**
 * `<address base64url>.<expiry ms>.<HMAC>`: proves that whoever holds it read mail at that
 * address before the expiry. Nothing is stored; using it twice only lifts what is already
 * lifted.
 */
export function signConfirmationToken(secret: string, address: string, expiresAt: number): string {
  const encoded = Buffer.from(address).toString('base64url');
  return `${encoded}.${expiresAt}.${signature(secret, address, expiresAt).toString('base64url')}`;
}

export type ConfirmationCheck =
  { ok: true; address: string } | { ok: false; reason: 'INVALID' | 'EXPIRED' };

export function verifyConfirmationToken(
  secret: string,
  token: string,
  now = Date.now(),
): ConfirmationCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || !/^\d{1,16}$/.test(parts[1])) return { ok: false, reason: 'INVALID' };
  const address = Buffer.from(parts[0], 'base64url').toString('utf8');
  const expiresAt = Number(parts[1]);
  const given = Buffer.from(parts[2], 'base64url');
  const expected = signature(secret, address, expiresAt);
  if (!address.includes('@') || given.length !== expected.length) {
    return { ok: false, reason: 'INVALID' };
  }
  if (!timingSafeEqual(given, expected)) return { ok: false, reason: 'INVALID' };
  if (expiresAt < now) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, address };
}
