import { GraphQLError } from 'graphql';
import { ANONYMOUS, hasRole, IDENTITY_HEADER, IdentityError, verifyIdentity, type Identity } from '../lib/identity';
import { MAX_PURPOSE_CODE, PURPOSE_CODE } from '../lib/privacy/purpose-code';
import { createAuthenticator } from './authentication';
import type { GatewayConfig } from './config';

/** Reads one request header (first value), whatever the server's request type. */
export type HeaderLookup = (name: string) => string | undefined;

const MAX_PURPOSE = 200;

/**
 * Who is asking: a bearer token's verified claims, or a subgraph's own signed service
 * identity (a rule that asks the graph), or no one (anonymous). The registered purpose of
 * processing personal data comes from `X-Purpose-Code` (each subgraph checks it per field
 * against the registry), a free-text note from `X-Purpose`.
 */
export function requestAuthenticator(config: Pick<GatewayConfig, 'auth' | 'identitySecret'>): (header: HeaderLookup) => Promise<Identity> {
  const authenticate = createAuthenticator(config.auth);
  return async (header) => {
    const purpose = header('x-purpose')?.trim() || null;
    if (purpose && purpose.length > MAX_PURPOSE) {
      throw new GraphQLError(`X-Purpose must be at most ${MAX_PURPOSE} characters`, { extensions: { code: 'BAD_USER_INPUT', field: 'X-Purpose', http: { status: 400 } } });
    }
    const purposeCode = header('x-purpose-code')?.trim() || null;
    if (purposeCode && (purposeCode.length > MAX_PURPOSE_CODE || !PURPOSE_CODE.test(purposeCode))) {
      throw new GraphQLError('X-Purpose-Code must be a purpose code of the registry: upper-case letters, digits and dashes, at most 64 (the `purposes` query lists yours)', {
        extensions: { code: 'BAD_USER_INPUT', field: 'X-Purpose-Code', http: { status: 400 } },
      });
    }
    const service = header(IDENTITY_HEADER);
    if (service !== undefined && header('authorization') === undefined) {
      try {
        const identity = verifyIdentity(service, config.identitySecret);
        // Only a subgraph's service identity is taken from this header; users present tokens.
        if (hasRole(identity, 'service')) return identity;
      } catch (err) {
        if (!(err instanceof IdentityError)) throw err;
      }
      throw new GraphQLError('The identity header was refused', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
    const claims = await authenticate(header('authorization'));
    return claims ? { ...claims, purpose, purposeCode } : ANONYMOUS;
  };
}
