import { GraphQLError } from 'graphql';
import { IdentityError, verifyIdentity, type Identity } from '../../lib/identity';
import type { SubgraphEntry } from '../catalog';

/**
 * The identity the gateway signed for this request. Anything else — no header, a forged or
 * tampered one, one replayed after its minute — is refused: subgraphs trust only the gateway.
 */
export function gatewayIdentity(header: string | string[] | undefined, secret: string): Identity {
  try {
    return verifyIdentity(Array.isArray(header) ? header[0] : header, secret);
  } catch (err) {
    if (!(err instanceof IdentityError)) throw err;
    throw new GraphQLError(`This subgraph answers only requests through the gateway: ${err.message}`, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}

/** A subgraph asking the graph itself (to check a rule) does so as its ministry's service. */
export function serviceIdentity(entry: SubgraphEntry): Identity {
  return { sub: `service:${entry.name}`, ministry: entry.ministry, roles: ['service'], scopes: [], purpose: `rule check by ${entry.name}` };
}
