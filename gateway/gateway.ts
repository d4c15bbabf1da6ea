import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { IDENTITY_HEADER, signIdentity } from '../lib/identity';
import { apolloLogger, type Logger } from '../lib/logger';
import type { GatewayContext } from './context';

export interface GatewayOptions {
  supergraphSdl: string;
  identitySecret: string;
  /** Where each subgraph is reached: the supergraph's routing URL unless overridden. */
  subgraphUrls: Record<string, string>;
  logger: Logger;
}

/** The federation gateway over a supergraph composed at build time (never composed at runtime). */
export function buildGateway(options: GatewayOptions): ApolloGateway {
  const { supergraphSdl, subgraphUrls, identitySecret, logger } = options;
  return new ApolloGateway({
    supergraphSdl,
    logger: apolloLogger(logger),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: subgraphUrls[name] ?? url,
        willSendRequest({ request, context }) {
          // One id follows the operation through every subgraph's logs.
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
          // Subgraphs trust only this signed, short-lived statement of who is asking.
          if (context.identity) request.http?.headers.set(IDENTITY_HEADER, signIdentity(context.identity, identitySecret));
        },
      }),
  });
}
