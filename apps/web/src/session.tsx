import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';

import { MeDocument, type MeQuery } from './gql/graphql';
import { ApiError, isServiceUnavailable, request, retryAfterSeconds } from './graphql-client';
import { queryClient } from './query';

type Viewer = MeQuery['me'];

interface SessionState {
  /** undefined while loading, null when nobody is signed in. */
  viewer: Viewer | null | undefined;
  reload(): Promise<Viewer | null>;
  clear(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null | undefined>(undefined);
  // Cached data belongs to one member: another one (or nobody) starts with an empty cache.
  const who = useRef<string | null | undefined>(undefined);
  const become = useCallback((next: Viewer | null) => {
    const id = next ? (next.member?.id ?? next.email) : null;
    if (who.current !== undefined && who.current !== id) queryClient.clear();
    who.current = id;
    setViewer(next);
  }, []);
  const reload = useCallback(async () => {
    try {
      const { me } = await request(MeDocument);
      become(me);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
        become(null);
        return null;
      }
      throw error;
    }
  }, [become]);
  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      reload().catch((error: unknown) => {
        // Briefly unreachable is not signed out: keep loading (the outage notice says why)
        // and ask again when the API said to, instead of sending a member to sign in.
        if (isServiceUnavailable(error)) {
          retry = setTimeout(load, retryAfterSeconds(error) * 1000);
          return;
        }
        setViewer(null);
      });
    void load();
    return () => clearTimeout(retry);
  }, [reload]);
  const clear = useCallback(() => become(null), [become]);
  return (
    <SessionContext.Provider value={{ viewer, reload, clear }}>{children}</SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
