/**
 * The session's tokens, kept in localStorage so a reload or a second tab stays signed in. Every tab
 * shares them: refresh tokens rotate and a spent one revokes the whole session (theft detection),
 * so only one tab at a time may refresh (Web Locks), and the others pick up what it stored.
 */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

const KEY = 'spis.session';
const listeners = new Set<(tokens: Tokens | null) => void>();

export function readTokens(): Tokens | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Tokens) : null;
  } catch {
    return null;
  }
}

export function writeTokens(tokens: Tokens | null): void {
  if (tokens) localStorage.setItem(KEY, JSON.stringify(tokens));
  else localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener(tokens));
}

/** Called when this or another tab signs in, refreshes or signs out. */
export function onTokensChange(listener: (tokens: Tokens | null) => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === KEY) listener(readTokens());
  };
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

/** Seconds until the access token expires (negative when expired); the server's clock decides, this only plans. */
export function secondsLeft(accessToken: string): number {
  try {
    const payload = JSON.parse(atob(accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return payload.exp ? payload.exp - Date.now() / 1000 : 0;
  } catch {
    return 0;
  }
}

let refreshing: Promise<Tokens | null> | null = null;

/**
 * New tokens for the stored refresh token; null when the session is over. One refresh at a time
 * across tabs: inside the lock, a token another tab already rotated is simply taken over.
 */
export function refreshTokens(spent: string): Promise<Tokens | null> {
  refreshing ??= withLock(async () => {
    const current = readTokens();
    if (!current) return null;
    if (current.accessToken !== spent && secondsLeft(current.accessToken) > 30) return current;
    const response = await fetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    });
    if (response.status === 401) {
      writeTokens(null);
      return null;
    }
    if (!response.ok) return current;
    const tokens = (await response.json()) as Tokens;
    writeTokens({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
    return readTokens();
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? locks.request('spis.refresh', work) : work();
}
