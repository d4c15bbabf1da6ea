/// <reference lib="dom" />

/** Who the dashboard asks the graph as: a pasted bearer token (none: anonymous) and the stated purpose. */
export interface Session {
  token: string;
  purpose: string;
}

const TOKEN_KEY = 'satu-graf-dashboard:token';
const PURPOSE_KEY = 'satu-graf-dashboard:purpose';

/** The session pasted last time in this browser, set once like the explorer's headers. */
export function loadSession(): Session {
  return { token: localStorage.getItem(TOKEN_KEY) ?? '', purpose: localStorage.getItem(PURPOSE_KEY) ?? '' };
}

export function saveSession(session: Session): void {
  for (const [key, value] of [[TOKEN_KEY, session.token], [PURPOSE_KEY, session.purpose]] as const) {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  }
}

export function sessionHeaders(session: Session): Record<string, string> {
  return { ...(session.token ? { authorization: `Bearer ${session.token}` } : {}), ...(session.purpose ? { 'x-purpose': session.purpose } : {}) };
}

/** The claims a token says it carries (README "Authentication"); the gateway verifies them, this only shows them. */
interface Claims {
  sub?: string;
  ministry?: string;
  roles?: string[];
  scope?: string;
  exp?: number;
}

function readClaims(token: string): Claims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (char) => char.charCodeAt(0))));
    return typeof claims === 'object' && claims !== null ? (claims as Claims) : null;
  } catch {
    return null;
  }
}

const time = (epochSeconds: number) => new Date(epochSeconds * 1000).toLocaleString('id-ID', { dateStyle: 'short', timeStyle: 'short' });

/** One line on who the charts are drawn for, and whether their small groups are merged. */
export function describeCaller(session: Session, now: Date = new Date()): string {
  if (!session.token) return 'Anonymous: public statistics, small groups merged. Paste a token to sign in.';
  const claims = readClaims(session.token);
  if (!claims) return 'This token cannot be read (not a JWT): the gateway will refuse it.';
  const roles = claims.roles ?? [];
  const scopes = (claims.scope ?? '').split(' ').filter(Boolean);
  const exact = scopes.includes('pii:read') && roles.some((role) => role === 'officer' || role === 'admin');
  const expiry = claims.exp === undefined ? 'no expiry' : `${claims.exp * 1000 < now.getTime() ? 'expired' : 'expires'} ${time(claims.exp)}`;
  const scope = scopes.length > 0 ? `, scope ${scopes.join(' ')}` : '';
  return `Signed in as ${claims.sub ?? 'unknown'}: ${roles.join(', ') || 'no role'} of ${claims.ministry ?? 'no ministry'}${scope} (${expiry}); ${exact ? 'exact counts' : 'small groups merged'}.`;
}
