import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';

import { MeDocument, type MeQuery } from './gql/graphql';
import { ApiError, isServiceUnavailable, request, retryAfterSeconds } from './graphql-client';

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
  const reload = useCallback(async () => {
    try {
      const { me } = await request(MeDocument);
      setViewer(me);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
        setViewer(null);
        return null;
      }
      throw error;
    }
  }, []);
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
  const clear = useCallback(() => setViewer(null), []);
  return (
    <SessionContext.Provider value={{ viewer, reload, clear }}>{children}</SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
