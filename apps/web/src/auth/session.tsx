import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, call } from '../api/client';
import type { Action, LoginAnswer, Me } from '../api/types';
import { onTokensChange, readTokens, refreshTokens, secondsLeft, writeTokens, type Tokens } from './tokens';

export interface Session {
  signedIn: boolean;
  me: Me | undefined;
  loading: boolean;
  /** Why the user's profile could not be loaded, if it could not. */
  error: unknown;
  signIn(username: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  /** May the user do `action` on `subject` somewhere (the API decides on each record)? */
  can(action: Action, subject: string): boolean;
  /** Units where the user assigns cases as their head (unit-scoped assignment); empty for everyone else. */
  headOfUnits: string[];
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function can(me: Me | undefined, action: Action, subject: string): boolean {
  return !!me?.permissions.some((rule) => (rule.action === action || rule.action === 'manage') && (rule.subject === subject || rule.subject === 'all'));
}

function unitScoped(me: Me | undefined, action: Action, subject: string): string[] {
  const units = new Set<string>();
  for (const rule of me?.permissions ?? []) {
    const inUnits = (rule.conditions?.orgUnitId as { $in?: string[] } | undefined)?.$in;
    if (rule.action === action && rule.subject === subject && inUnits) inUnits.forEach((unit) => units.add(unit));
  }
  return [...units];
}

/** Sign-in state, the user's permissions, and a refresh of the access token a minute before it expires. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [tokens, setTokens] = useState<Tokens | null>(readTokens);

  useEffect(
    () =>
      onTokensChange((next) => {
        setTokens(next);
        if (!next) queryClient.clear();
      }),
    [queryClient],
  );

  useEffect(() => {
    if (!tokens) return;
    const inMs = Math.max((secondsLeft(tokens.accessToken) - 60) * 1000, 0);
    const timer = window.setTimeout(() => void refreshTokens(tokens.accessToken), inMs);
    return () => window.clearTimeout(timer);
  }, [tokens]);

  const meQuery = useQuery({
    queryKey: ['me'],
    queryFn: () => call(api.GET('/api/me')),
    enabled: !!tokens,
    staleTime: 5 * 60_000,
  });
  const me = tokens ? meQuery.data : undefined;

  const signIn = useCallback(
    async (username: string, password: string) => {
      const answer = await call(api.POST('/api/auth/login', { body: { username, password } }));
      queryClient.clear();
      queryClient.setQueryData(['me'], answer.user);
      writeTokens({ accessToken: answer.accessToken, refreshToken: answer.refreshToken });
      return answer.user;
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    const current = readTokens();
    writeTokens(null);
    queryClient.clear();
    if (current) await api.POST('/api/auth/logout', { body: { refreshToken: current.refreshToken } }).catch(() => undefined);
  }, [queryClient]);

  const session = useMemo<Session>(
    () => ({
      signedIn: !!tokens,
      me,
      loading: !!tokens && meQuery.isPending,
      error: meQuery.error,
      signIn,
      signOut,
      can: (action, subject) => can(me, action, subject),
      headOfUnits: unitScoped(me, 'assign', 'Case'),
    }),
    [tokens, me, meQuery.isPending, meQuery.error, signIn, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
