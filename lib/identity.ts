import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Who is asking, as the gateway verified it. Subgraphs trust only this, carried in a header
 * signed with a secret shared by the gateway and the subgraphs (HMAC-SHA256), valid for a
 * minute: a subgraph refuses a request without it, with a bad signature, or past its expiry.
 */
export const MINISTRIES = ['KP2MI', 'ESDM', 'PERINDUSTRIAN', 'KOPERASI_UKM'] as const;
export type Ministry = (typeof MINISTRIES)[number];

/** Roles a token may carry; `service` is given only to subgraphs asking the graph themselves. */
export const ROLES = ['officer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number] | 'service';

export interface Identity {
  sub: string;
  ministry: Ministry | null;
  roles: Role[];
  scopes: string[];
  /** A free-text note on why personal data is processed (request header `X-Purpose`), recorded in the audit trail. */
  purpose: string | null;
  /**
   * The registered purpose personal data is processed for (request header `X-Purpose-Code`,
   * a code of `schema/purposes.json`); absent when none was stated.
   */
  purposeCode?: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({ sub: 'anonymous', ministry: null, roles: [], scopes: [], purpose: null }) as Identity;

/** Default `iss` and `aud` of bearer tokens: what the gateway checks and `npm run token` signs. */
export const DEFAULT_TOKEN_ISSUER = 'satu-graf-pmi';
export const DEFAULT_TOKEN_AUDIENCE = 'satu-graf-pmi';

export const IDENTITY_HEADER = 'x-satu-identity';
export const IDENTITY_TTL_SECONDS = 60;

export class IdentityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdentityError';
  }
}

function mac(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signIdentity(identity: Identity, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...identity, exp: Math.floor(now / 1000) + IDENTITY_TTL_SECONDS })).toString('base64url');
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

export function verifyIdentity(header: string | undefined, secret: string, now = Date.now()): Identity {
  if (!header) throw new IdentityError('no identity from the gateway');
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) throw new IdentityError('malformed identity header');
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new IdentityError('identity signature does not match');
  let claims: Identity & { exp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new IdentityError('identity payload is not JSON');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < now) throw new IdentityError('identity has expired');
  const { exp: _exp, ...identity } = claims;
  return identity;
}

export const hasRole = (identity: Identity, ...roles: Role[]) => identity.roles.some((role) => roles.includes(role));
export const hasScope = (identity: Identity, scope: string) => identity.scopes.includes(scope);
