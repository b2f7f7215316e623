import { useLanguage } from './i18n';
import { Paragraph } from './ui';

/**
 * What a query (useApiQuery) gave, shown the same way on every page: an error, "loading", the `empty`
 * text when `isEmpty` says so, or else `children` with the data.
 */
export function Loaded<T>({
  state,
  isEmpty,
  empty,
  failedText,
  children,
}: {
  state: { data: T | null; failed: boolean };
  isEmpty?: (data: T) => boolean;
  empty?: React.ReactNode;
  /** Instead of the generic error (e.g. "members only" where an outsider's query fails). */
  failedText?: string;
  children: (data: T) => React.ReactNode;
}) {
  const { t } = useLanguage();
  if (state.failed) return <Paragraph>{failedText ?? t.genericError}</Paragraph>;
  if (state.data === null) return <Paragraph>{t.loading}</Paragraph>;
  if (isEmpty?.(state.data)) return <Paragraph>{empty}</Paragraph>;
  return <>{children(state.data)}</>;
}
