import { ApolloGateway } from '@apollo/gateway';
import { apolloLogger, type Logger } from '../lib/logger';
import type { SubgraphBreakers } from './circuit-breaker';
import { recordedFieldNames } from './scoped-fields';
import { SubgraphDataSource } from './subgraph-data-source';
import type { SubgraphPolicy } from './subgraph-policy';
import { subgraphFetcher, type SubgraphConnections } from './subgraph-fetcher';

export interface GatewayOptions {
  supergraphSdl: string;
  identitySecret: string;
  /** Where each subgraph is reached: the supergraph's routing URL unless overridden. */
  subgraphUrls: Record<string, string>;
  logger: Logger;
  /** Each subgraph's fetch timeout and retries. */
  subgraphPolicy: (name: string) => SubgraphPolicy;
  /** Connection pools shared by the gateways of successive supergraphs. */
  connections: SubgraphConnections;
  /** Circuit breakers, shared the same way. */
  breakers: SubgraphBreakers;
}

/**
 * The federation gateway over one supergraph composed at build time (never composed at runtime);
 * a new supergraph gets a gateway of its own (gateway/reloadable-gateway.ts).
 */
export function buildGateway(options: GatewayOptions): ApolloGateway {
  const { supergraphSdl, subgraphUrls, identitySecret, logger, connections } = options;
  // Per supergraph: a new one may guard fields the previous one did not.
  // Every fetch carries its subgraph's timeout; the fetcher's own is for a name no policy lists.
  const fetch = subgraphFetcher({ timeoutMs: options.subgraphPolicy('').timeoutMs, neverShared: recordedFieldNames(supergraphSdl), connections });
  return new ApolloGateway({
    supergraphSdl,
    // Checked in full whatever NODE_ENV says (@apollo/gateway skips it in production): a
    // supergraph that is not valid is then refused when it is loaded, at start or at a reload,
    // rather than failing requests later. It costs about 10 ms per load.
    validateSupergraph: true,
    logger: apolloLogger(logger),
    buildService: ({ name, url }) => new SubgraphDataSource({ name, url: subgraphUrls[name] ?? url!, fetch, identitySecret, policy: options.subgraphPolicy(name), breaker: options.breakers.of(name), logger }),
  });
}
