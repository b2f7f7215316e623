import {
  useNavigate,
  useRouter as useTanStackRouter,
  useRouterState,
  useSearch,
} from '@tanstack/react-router';
import {
  type AnchorHTMLAttributes,
  type FocusEvent,
  type MouseEvent,
  useCallback,
  useEffect,
} from 'react';

// The app's pages navigate through these few helpers; TanStack Router (routes.tsx) does the
// work. Pages keep plain paths (`href`, `navigate('/x')`) so they need no route types.

interface RouterState {
  /** The current pathname. */
  path: string;
  /** The current query string, with its `?` (empty when there is none). */
  search: string;
  navigate(path: string, options?: { replace?: boolean }): void;
}

export function useRouter(): RouterState {
  const go = useNavigate();
  const path = useRouterState({ select: (state) => state.location.pathname });
  const search = useRouterState({ select: (state) => state.location.searchStr });
  const navigate = useCallback(
    (href: string, options: { replace?: boolean } = {}) =>
      void go({ href, replace: options.replace }),
    [go],
  );
  return { path, search, navigate };
}

/** Redirects while rendering nothing. */
export function Navigate({ to }: { to: string }) {
  const { navigate } = useRouter();
  useEffect(() => navigate(to, { replace: true }), [navigate, to]);
  return null;
}

/** An NL Design System link that navigates inside the app without reloading. */
export function Link({
  href,
  className,
  onClick: before,
  onMouseEnter,
  onFocus,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const router = useTanStackRouter();
  const { navigate } = useRouter();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    before?.(event);
    if (event.defaultPrevented) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(href);
  };
  // Fetches the page's code while the pointer or focus is on the link.
  const preload = () => void router.preloadRoute({ href } as never).catch(() => undefined);
  return (
    <a
      href={href}
      // A plain link gets the NL Design System link style; others (button links) bring their own.
      className={className ?? 'nl-link'}
      onClick={onClick}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event);
        preload();
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event);
        preload();
      }}
      {...rest}
    />
  );
}

/**
 * One search parameter of the current URL (validated by its route in routes.tsx) as state:
 * a search, filter or tab that can be linked and survives reload and "back".
 * Setting it to '' or null removes it from the URL.
 */
export function useSearchParam(
  name: string,
  options: { replace?: boolean } = {},
): [string | null, (value: string | null) => void] {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const go = useNavigate();
  const raw = search[name];
  const value = typeof raw === 'string' ? raw : raw == null ? null : String(raw);
  const set = useCallback(
    (next: string | null) =>
      void go({
        to: '.',
        search: ((before: Record<string, unknown>) => ({
          ...before,
          [name]: next || undefined,
        })) as never,
        replace: options.replace,
      }),
    [go, name, options.replace],
  );
  return [value, set];
}
