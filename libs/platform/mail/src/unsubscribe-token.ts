import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a one-click unsubscribe link switches off. */
export enum UnsubscribeScope {
  /** The digest (overzichtsmail): frequency becomes NEVER. */
  DIGEST = 'DIGEST',
  /** Batched notification emails: every kind that came immediately goes to the in-app list. */
  NOTIFICATIONS = 'NOTIFICATIONS',
  MEETING_CHANGES = 'MEETING_CHANGES',
  COFFEE_DATE = 'COFFEE_DATE',
  INTERVISION_PHASES = 'INTERVISION_PHASES',
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(secret: string, memberId: string, scope: UnsubscribeScope): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${memberId}:${scope}`).digest();
}

/**
 * A member- and scope-specific token: `<memberId>.<scope>.<HMAC>`. It works without signing in
 * and only for that member and that scope; nothing is stored, so it never expires.
 */
export function signUnsubscribeToken(
  secret: string,
  memberId: string,
  scope: UnsubscribeScope,
): string {
  return `${memberId}.${scope}.${signature(secret, memberId, scope).toString('base64url')}`;
}

/** The member and scope a token stands for, or null when it is malformed or tampered with. */
export function verifyUnsubscribeToken(
  secret: string,
  token: string,
): { memberId: string; scope: UnsubscribeScope } | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [memberId, scope, mac] = parts;
  if (!UUID.test(memberId)) return null;
  if (!Object.values(UnsubscribeScope).includes(scope as UnsubscribeScope)) return null;
  const given = Buffer.from(mac, 'base64url');
  const expected = signature(secret, memberId, scope as UnsubscribeScope);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { memberId, scope: scope as UnsubscribeScope };
}

/** The web app's page where a member chooses what they get (every member email's footer). */
export function notificationSettingsUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/instellingen/meldingen`;
}

/** Where the one-click link points: the API's unsubscribe endpoint (GET page, POST one-click). */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/unsubscribe/${encodeURIComponent(token)}`;
}
