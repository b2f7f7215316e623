import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useState,
} from 'react';

interface RouterState {
  path: string;
  /** The query string (`?q=…`), so pages whose filters live in the URL follow back/forward. */
  search: string;
  navigate(path: string, options?: { replace?: boolean }): void;
}

const RouterContext = createContext<RouterState | null>(null);

/** A few pages need no routing library: the History API and one context. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(() => window.location.pathname);
  const [search, setSearch] = useState(() => window.location.search);
  useEffect(() => {
    const onPop = () => {
      setPath(window.location.pathname);
      setSearch(window.location.search);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string, options: { replace?: boolean } = {}) => {
    if (options.replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
    const url = new URL(to, window.location.href);
    setPath(url.pathname);
    setSearch(url.search);
    window.scrollTo(0, 0);
  }, []);
  return (
    <RouterContext.Provider value={{ path, search, navigate }}>{children}</RouterContext.Provider>
  );
}

export function useRouter(): RouterState {
  const state = useContext(RouterContext);
  if (!state) throw new Error('useRouter outside RouterProvider');
  return state;
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
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
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
  return (
    <a
      href={href}
      // A plain link gets the NL Design System link style; others (button links) bring their own.
      className={className ?? 'nl-link'}
      onClick={onClick}
      {...rest}
    />
  );
}
