import {
  type Dispatch,
  type RefObject,
  type SetStateAction,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';

import { refreshQueries } from './api-query';
import { errorText as sharedErrorText } from './error-text';
import { useLanguage } from './i18n';

/** What a page says after a change. */
export interface ActionNotice {
  type: string;
  text: string;
}

/** A GraphQL document, as far as the cache needs it (its operation name). */
type Document = { toString(): string };

const isNotice = (value: unknown): value is ActionNotice =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ActionNotice).type === 'string' &&
  typeof (value as ActionNotice).text === 'string';

/**
 * The pages' one way to run a change (a mutation): says how it went through `setNotice`
 * (`success`, or the notice `run` returns; `errorText` for a failure) and then refreshes what
 * it may have changed: the queries named in `refresh` (every query on screen when it names
 * none) and, for data a page keeps itself, `reload`. Resolves to whether the change succeeded.
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
    /** The queries the change touches; without them every query on screen loads again. */
    refresh?: readonly Document[];
  },
): Promise<boolean> {
  const { setNotice, errorText, reload, reloadOnError = true, refresh = [] } = options;
  let ok = false;
  try {
    const result = await run();
    if (isNotice(result)) setNotice(result as N);
    else setNotice(success === undefined ? null : ({ type: 'ok', text: success } as N));
    ok = true;
  } catch (caught) {
    setNotice({ type: 'error', text: errorText(caught) } as N);
  }
  if (ok || reloadOnError) await Promise.all([refreshQueries(...refresh), reload?.()]);
  return ok;
}

/** What one change may add to the page's defaults (useAction). */
export interface RunOptions {
  /** The queries this change touches (refreshed by name); without them, every one on screen. */
  refresh?: readonly Document[];
  /** Move focus to the notice afterwards: for a change that removes the control used. */
  focus?: boolean;
  errorText?(caught: unknown): string;
}

/** Runs one change on a page: see useAction. Resolves to whether it succeeded. */
export type Run = (
  fn: () => Promise<unknown>,
  success?: string,
  options?: RunOptions,
) => Promise<boolean>;

/**
 * A page's changes (mutations): `run(fn, successText, { refresh: [Document] })` runs one with
 * runAction and keeps its outcome in `notice` (for an Alert); `busy` while it runs. Failures
 * read as the shared error text unless the page gives its own `errorText`; `reload`,
 * `reloadOnError` and `refresh` (for every change of the page) as for runAction. With
 * `{ focus: true }` the element in `noticeRef` gets focus after the change.
 */
export function useAction<N extends ActionNotice = ActionNotice>(
  defaults: {
    errorText?(caught: unknown): string;
    reload?: () => Promise<unknown>;
    reloadOnError?: boolean;
    /** The queries the page's changes touch, when a change names none itself. */
    refresh?: readonly Document[];
  } = {},
): {
  notice: N | null;
  setNotice: Dispatch<SetStateAction<N | null>>;
  run: Run;
  busy: boolean;
  noticeRef: RefObject<HTMLDivElement | null>;
} {
  const { t } = useLanguage();
  const [notice, setNotice] = useState<N | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The latest defaults, so `run` stays the same function while they change.
  const latest = useRef(defaults);
  latest.current = defaults;

  useEffect(() => {
    if (focusRequest > 0) noticeRef.current?.focus();
  }, [focusRequest]);

  const run = useCallback<Run>(
    async (fn, success, options = {}) => {
      const { errorText, reload, reloadOnError, refresh } = latest.current;
      setBusy(true);
      try {
        const ok = await runAction(fn, success, {
          setNotice,
          errorText: options.errorText ?? errorText ?? ((caught) => sharedErrorText(caught, t)),
          reload,
          reloadOnError,
          refresh: options.refresh ?? refresh,
        });
        if (options.focus) setFocusRequest((n) => n + 1);
        return ok;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  return { notice, setNotice, run, busy, noticeRef };
}
