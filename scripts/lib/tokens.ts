import { SignJWT } from 'jose';
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, type Ministry, type Role } from '../../lib/identity';

export interface TokenRequest {
  secret: string;
  sub: string;
  ministry: Ministry;
  roles: Role[];
  scope: string;
  /** Lifetime from now, e.g. `8h`; the gateway refuses tokens that live longer than AUTH_MAX_TOKEN_LIFETIME (24h unless set). */
  expiresIn: string;
  issuer?: string;
  audience?: string;
}

/** A development token (HS256) with the claims the gateway checks, iat and exp included. */
export function signToken(request: TokenRequest): Promise<string> {
  return new SignJWT({ ministry: request.ministry, roles: request.roles, ...(request.scope ? { scope: request.scope } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.sub)
    .setIssuer(request.issuer ?? DEFAULT_TOKEN_ISSUER)
    .setAudience(request.audience ?? DEFAULT_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn)
    .sign(new TextEncoder().encode(request.secret));
}
