import { isServiceUnavailable, retryAfterSeconds } from './graphql-client';
import type { Messages } from './i18n';

/**
 * The text for a failed request: "Leerhuis is even niet bereikbaar…" with the seconds to wait
 * when PostgreSQL or Redis is down, else `fallback` (by default the generic error).
 */
export function errorText(caught: unknown, t: Messages, fallback: string = t.genericError): string {
  if (isServiceUnavailable(caught)) return t.unavailable(retryAfterSeconds(caught));
  return fallback;
}
