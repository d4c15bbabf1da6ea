import type { Identity } from '../lib/identity';
import type { CallingClient } from './calling-client';

/** What the gateway knows about one request and passes on to the subgraphs. */
export interface GatewayContext {
  requestId: string;
  /** Verified at the gateway: from the bearer token, or anonymous. */
  identity: Identity;
  /** The client application, as it names itself in `apollographql-client-name`; null when it names none. */
  client: CallingClient | null;
  /** The identity header, signed once per request and sent with each of its subgraph fetches. */
  signedIdentity?: string;
  /** When (epoch ms) the request's time is up (REQUEST_DEADLINE_MS): no subgraph is asked, or waited for, past it. */
  deadline?: number;
  /**
   * The subgraphs this request's fetches asked, by name: what a kept public answer of it was made
   * from. Made with the context, since Apollo Server runs the operation on a shallow copy of it.
   */
  fetched: Set<string>;
  /**
   * Awaited by the data source before the request's fetches to a subgraph, when a kept public
   * answer may be made of them: reads that subgraph's write versions first (gateway/public-answer-cache.ts).
   */
  beforeFetch?: (subgraph: string) => Promise<void>;
}
