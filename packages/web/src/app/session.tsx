import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onUnauthorized } from '../api/client';
import { ApiError } from '../api/errors';
import { authApi, type CurrentUser } from '../api/endpoints';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: CurrentUser };

interface SessionValue {
  state: SessionState;
  /** After a successful sign-in (and second factor) the page asks who we are. */
  refresh: () => Promise<CurrentUser | undefined>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider(props: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const user = await authApi.me();
      setState({ status: 'signed-in', user });
      return user;
    } catch (err) {
      if (err instanceof ApiError && (err.kind === 'unauthorized' || err.kind === 'forbidden')) {
        setState({ status: 'signed-out' });
        return undefined;
      }
      throw err;
    }
  }, []);

  useEffect(() => {
    let live = true;
    authApi.me().then(
      (user) => {
        if (live) setState({ status: 'signed-in', user });
      },
      () => {
        // Not signed in, or the server is unreachable: either way the sign-in page is where to start.
        if (live) setState({ status: 'signed-out' });
      },
    );
    const unsubscribe = onUnauthorized(() => setState({ status: 'signed-out' }));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setState({ status: 'signed-out' });
    }
  }, []);

  const value = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for screens behind <RequireSession>. */
export function useUser(): CurrentUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser without a session');
  return state.user;
}
