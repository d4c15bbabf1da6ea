import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { MINISTRIES, ROLES, type Identity, type Ministry, type Role } from '../lib/identity';

export type AuthConfig = ({ mode: 'secret'; secret: string } | { mode: 'jwks'; jwksUrl: string }) & {
  issuer: string;
  audience: string;
  /** Longest a token may live, in seconds: exp − iat, and exp − now (AUTH_MAX_TOKEN_LIFETIME). */
  maxTokenLifetimeSeconds: number;
};

const VERIFIED_TOKENS = 10_000;
const VERIFIED_FOR_MS = 5 * 60_000;
/** How far the issuer's clock may be ahead of ours before exp − now counts against a token. */
const CLOCK_TOLERANCE_S = 60;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** `86400` → `24h`, `5400` → `1h30m`: lifetimes as the refusals (and `npm run token`) write them. */
export function formatDuration(seconds: number): string {
  const parts: [number, string][] = [
    [Math.floor(seconds / 3600), 'h'],
    [Math.floor((seconds % 3600) / 60), 'm'],
    [seconds % 60, 's'],
  ];
  return parts.filter(([value]) => value > 0).map(([value, unit]) => `${value}${unit}`).join('') || '0s';
}

/**
 * A token must expire, and soon: a stolen token without exp, or with a far one, would open the graph
 * for ever, since the gateway keeps no list of withdrawn tokens. The lifetime is exp − iat as the
 * issuer states it; the token must also expire within the maximum from now, so a token without iat,
 * or with an iat in the future, cannot outlive it either.
 */
function checkedExpiry(payload: JWTPayload, maxSeconds: number, nowSeconds: number): number {
  const most = formatDuration(maxSeconds);
  if (payload.exp === undefined) throw unauthenticated(`The token has no expiry (exp); the gateway accepts only tokens that live at most ${most}`);
  if (payload.iat !== undefined && payload.exp - payload.iat > maxSeconds) {
    throw unauthenticated(`The token lives ${formatDuration(payload.exp - payload.iat)} (from iat to exp); the gateway accepts only tokens that live at most ${most}`);
  }
  if (payload.exp - nowSeconds > maxSeconds + CLOCK_TOLERANCE_S) {
    throw unauthenticated(`The token expires at ${new Date(payload.exp * 1000).toISOString()}, more than ${most} from now; the gateway accepts only tokens that live at most ${most}`);
  }
  return payload.exp;
}

/** Checks the claims the graph relies on; a token with anything else is refused, not guessed at. */
function identityFrom(payload: JWTPayload): Omit<Identity, 'purpose'> {
  const { sub, ministry, roles, scope } = payload as JWTPayload & { ministry?: unknown; roles?: unknown; scope?: unknown };
  if (typeof sub !== 'string' || sub === '') throw unauthenticated('The token has no subject (sub)');
  if (typeof ministry !== 'string' || !MINISTRIES.includes(ministry as Ministry)) {
    throw unauthenticated(`The token's ministry claim must be one of ${MINISTRIES.join(', ')}`);
  }
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => ROLES.includes(role))) {
    throw unauthenticated(`The token's roles claim must list one or more of ${ROLES.join(', ')}`);
  }
  if (scope !== undefined && typeof scope !== 'string') throw unauthenticated('The token\'s scope claim must be a space-separated string');
  return { sub, ministry: ministry as Ministry, roles: roles as Role[], scopes: scope ? scope.split(' ').filter(Boolean) : [] };
}

/**
 * Verifies bearer JWTs: a shared secret (HS256) for local use, or a JWKS URL in production;
 * issuer, audience and lifetime are checked in both. No token: the anonymous public role.
 */
export function createAuthenticator(config: AuthConfig): (authorization: string | undefined) => Promise<Omit<Identity, 'purpose'> | null> {
  const options = { issuer: config.issuer, audience: config.audience, algorithms: config.mode === 'secret' ? ['HS256'] : ['RS256', 'ES256', 'PS256', 'EdDSA'] };
  let verify: (token: string) => Promise<{ payload: JWTPayload }>;
  if (config.mode === 'secret') {
    const key = new TextEncoder().encode(config.secret);
    verify = (token) => jwtVerify(token, key, options);
  } else {
    // Keys are fetched once and refreshed when a token names an unknown key id.
    const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(config.jwksUrl));
    verify = (token) => jwtVerify(token, keys, options);
  }
  // Verified tokens, until they expire (at most five minutes, so a key withdrawn from the JWKS
  // stops working soon): a client sends the same token with every request, and checking its
  // signature again each time is most of what authentication costs. Per process and safe to lose.
  const verified = new Map<string, { claims: Omit<Identity, 'purpose'>; until: number }>();
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const token = match[1]!;
    const now = Date.now();
    const known = verified.get(token);
    if (known && known.until > now) return known.claims;
    try {
      const { payload } = await verify(token);
      const expiresAt = checkedExpiry(payload, config.maxTokenLifetimeSeconds, Math.floor(now / 1000));
      const claims = Object.freeze(identityFrom(payload));
      if (verified.size >= VERIFIED_TOKENS) verified.delete(verified.keys().next().value!);
      verified.set(token, { claims, until: Math.min(expiresAt * 1000, now + VERIFIED_FOR_MS) });
      return claims;
    } catch (err) {
      if (err instanceof GraphQLError) throw err;
      throw unauthenticated(`The token was refused: ${(err as Error).message}`);
    }
  };
}
