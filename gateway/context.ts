import type { Identity } from '../lib/identity';

/** What the gateway knows about one request and passes on to the subgraphs. */
export interface GatewayContext {
  requestId: string;
  /** Verified at the gateway: from the bearer token, or anonymous. */
  identity: Identity;
  /** The identity header, signed once per request and sent with each of its subgraph fetches. */
  signedIdentity?: string;
}
