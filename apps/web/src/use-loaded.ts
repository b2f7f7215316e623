import { useQuery } from '@tanstack/react-query';
import { type DependencyList, useCallback, useRef } from 'react';

/**
 * Data a component loads from the API: `null` while loading, `failed` after an error, and
 * `reload` after a change. The answer is kept in the query cache (query.ts) under this call
 * site and `deps`, so coming back to a page shows what it showed before at once while a fresh
 * copy loads; an answer for older `deps` never overwrites a newer one.
 */
export function useLoaded<T>(
  fetch: () => Promise<T>,
  deps: DependencyList,
  enabled = true,
): { data: T | null; failed: boolean; reload: () => Promise<void> } {
  const site = useRef<string | null>(null);
  // Computed here, so the stack's second frame is the component that calls useLoaded.
  site.current ??= callSite(new Error().stack, fetch);
  const latest = useRef(fetch);
  latest.current = fetch;
  const query = useQuery({
    // `deps` names what `fetch` depends on, as for useCallback.
    queryKey: ['loaded', site.current, ...deps],
    // Wrapped, because the cache refuses `undefined` and a fetch may return nothing.
    queryFn: async () => ({ value: await latest.current() }),
    enabled,
  });
  const { refetch } = query;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  return { data: query.data ? query.data.value : null, failed: query.isError, reload };
}

/**
 * Where useLoaded was called (the chunk, line and column of the calling component), which
 * names the query for the cache: the same call site with the same deps loads the same data.
 * Without a stack (unexpected) the function's source stands in.
 */
export function callSite(stack: string | undefined, fetch: () => unknown): string {
  const frames = (stack ?? '')
    .split('\n')
    .map((line) => /((?:https?|file):\/\/[^\s)]+:\d+:\d+)/.exec(line)?.[1])
    .filter((frame): frame is string => Boolean(frame));
  return frames[1] ?? fetch.toString();
}
