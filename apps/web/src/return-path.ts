// Where to go after signing in. The emailed link usually opens in a new tab, where
// sessionStorage is empty, so localStorage keeps it (briefly) across tabs.
const KEY = 'leerhuis.returnPath';
const MAX_AGE_MS = 60 * 60 * 1000;

export function rememberReturnPath(path: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ path, at: Date.now() }));
  } catch {
    // storage unavailable: the member lands on the home page instead
  }
}

/** The remembered path, once: reading it forgets it. Only paths inside this app. */
export function takeReturnPath(): string | null {
  try {
    const raw = localStorage.getItem(KEY);
    localStorage.removeItem(KEY);
    if (!raw) return null;
    const { path, at } = JSON.parse(raw) as { path?: unknown; at?: unknown };
    if (typeof path !== 'string' || typeof at !== 'number') return null;
    if (Date.now() - at > MAX_AGE_MS) return null;
    return path.startsWith('/') && !path.startsWith('//') ? path : null;
  } catch {
    return null;
  }
}
