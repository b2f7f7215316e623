/**
 * A path inside the web app to go to after signing in, or '/' for anything else: only
 * same-origin paths, so the sign-in flow cannot be used to send people to another site.
 */
export function safeReturnPath(raw: unknown, publicUrl: string): string {
  if (typeof raw !== 'string' || raw.length > 500) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/';
  try {
    const base = new URL(publicUrl);
    const url = new URL(raw, base);
    if (url.origin !== base.origin) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
