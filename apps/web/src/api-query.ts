import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';

import type { TypedDocumentString } from './gql/graphql';
import { request } from './graphql-client';
import { queryClient } from './query';

/** The operation's name (`query MyCoffeeDate(…)` → `MyCoffeeDate`): the first part of its cache key. */
export function operationName(document: { toString(): string }): string {
  const match = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(document.toString());
  if (!match) throw new Error('an operation without a name cannot be cached');
  return match[1];
}

/**
 * One API query for a component: `null` while loading, `failed` and `error` after an error,
 * `reload` to fetch again. The answer is cached under the operation's name and its variables, so every
 * component asking the same sees the same answer, and going back shows it at once while a
 * fresh copy loads. `select` picks the part the component needs (the cache keeps the whole).
 */
export function useApiQuery<TResult, TVariables, TSelected = TResult>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: { enabled?: boolean; select?: (data: TResult) => TSelected } = {},
): { data: TSelected | null; failed: boolean; error: unknown; reload: () => Promise<void> } {
  const query = useQuery({
    queryKey: [operationName(document), variables ?? {}],
    queryFn: () =>
      (request as (d: unknown, v: unknown) => Promise<TResult>)(document, variables ?? {}),
    enabled: options.enabled ?? true,
    select: options.select,
  });
  const { refetch } = query;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  return { data: query.data ?? null, failed: query.isError, error: query.error, reload };
}

/**
 * After a change, the cached answers of these queries load again (those on screen at once,
 * the rest when next shown). Without documents, every query on screen loads again.
 */
export async function refreshQueries(...documents: { toString(): string }[]): Promise<void> {
  if (documents.length === 0) {
    await queryClient.invalidateQueries({ refetchType: 'active' });
    return;
  }
  const names = new Set(documents.map(operationName));
  await queryClient.invalidateQueries({
    predicate: (query) => names.has(String(query.queryKey[0])),
  });
}
