import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

/**
 * Data a component loads from the API: `null` while loading, `failed` after an error, and
 * `reload` after a change. An answer that arrives after unmount or after a newer load is
 * dropped, so a slow response never overwrites a fresh one.
 */
export function useLoaded<T>(
  fetch: () => Promise<T>,
  deps: DependencyList,
  enabled = true,
): { data: T | null; failed: boolean; reload: () => Promise<void> } {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  // `deps` names what `fetch` depends on, as for useCallback.
  const reload = useCallback(async () => {
    const run = ++latest.current;
    try {
      const value = await fetch();
      if (run !== latest.current) return;
      setData(value);
      setFailed(false);
    } catch {
      if (run === latest.current) setFailed(true);
    }
  }, deps);
  useEffect(() => {
    if (enabled) void reload();
    return () => {
      latest.current += 1;
    };
  }, [reload, enabled]);
  return { data, failed, reload };
}
