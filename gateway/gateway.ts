import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '../lib/logger';
import type { GatewayContext } from './context';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph is reached: the supergraph's routing URL unless overridden. */
  subgraphUrls: Record<string, string>;
  logger: Logger;
}

/** The federation gateway over a supergraph composed at build time (never composed at runtime). */
export function buildGateway(options: GatewayOptions): ApolloGateway {
  const { supergraphSdl, subgraphUrls, logger } = options;
  return new ApolloGateway({
    supergraphSdl,
    logger: { debug: (m) => logger.debug(String(m)), info: (m) => logger.info(String(m)), warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)) },
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: subgraphUrls[name] ?? url,
        willSendRequest({ request, context }) {
          // One id follows the operation through every subgraph's logs.
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
        },
      }),
  });
}
