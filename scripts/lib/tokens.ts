import { SignJWT } from 'jose';
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, type Ministry, type Role } from '../../lib/identity';

export interface TokenRequest {
  secret: string;
  sub: string;
  ministry: Ministry;
  roles: Role[];
  scope: string;
  expiresIn: string;
  issuer?: string;
  audience?: string;
}

/** A development token (HS256) with the claims the gateway checks. */
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
