import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A calendar feed token: `<random>.<HMAC>`. The signature turns away tampered tokens before any
 * lookup; the database keeps only a SHA-256 of the whole token, so it cannot hand out feeds.
 */
export function issueFeedToken(secret: string): { token: string; hash: Buffer } {
  const random = randomBytes(24).toString('base64url');
  const token = `${random}.${sign(secret, random)}`;
  return { token, hash: hashFeedToken(token) };
}

/** The hash to look the token up by, or null when it is malformed or its signature is wrong. */
export function verifyFeedToken(secret: string, token: string): Buffer | null {
  const match = /^([A-Za-z0-9_-]{32})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const expected = Buffer.from(sign(secret, match[1]));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return hashFeedToken(token);
}

export function hashFeedToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

function sign(secret: string, random: string): string {
  return createHmac('sha256', secret).update(`calendar-feed:${random}`).digest('base64url');
}
