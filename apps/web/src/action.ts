import type { Dispatch, SetStateAction } from 'react';

import { queryClient } from './query';

/** What a page says after a change. */
export interface ActionNotice {
  type: string;
  text: string;
}

/**
 * After a change: the data on screen loads again. For now every active query is refreshed
 * (not only what the change touched), which is simple and always right.
 */
export async function refreshAfterChange(): Promise<void> {
  await queryClient.invalidateQueries({ refetchType: 'active' });
}

const isNotice = (value: unknown): value is ActionNotice =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ActionNotice).type === 'string' &&
  typeof (value as ActionNotice).text === 'string';

/**
 * The pages' one way to run a change (a mutation): says how it went through `setNotice`
 * (`success`, or the notice `run` returns; `errorText` for a failure) and then refreshes what
 * it may have changed: the cached queries and, for data a page keeps itself, `reload`.
 * Resolves to whether the change succeeded.
 */
export async function runAction<N extends ActionNotice>(
  run: () => Promise<unknown>,
  success: string | undefined,
  options: {
    setNotice: Dispatch<SetStateAction<N | null>>;
    errorText(caught: unknown): string;
    reload?: () => Promise<unknown>;
    /** Refresh after a failure too (default), e.g. when the data may have moved on. */
    reloadOnError?: boolean;
  },
): Promise<boolean> {
  const { setNotice, errorText, reload, reloadOnError = true } = options;
  let ok = false;
  try {
    const result = await run();
    if (isNotice(result)) setNotice(result as N);
    else setNotice(success === undefined ? null : ({ type: 'ok', text: success } as N));
    ok = true;
  } catch (caught) {
    setNotice({ type: 'error', text: errorText(caught) } as N);
  }
  if (ok || reloadOnError) await Promise.all([refreshAfterChange(), reload?.()]);
  return ok;
}
