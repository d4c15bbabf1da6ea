import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { parse, visit } from 'graphql';
import { IDENTITY_HEADER, signIdentity } from '../lib/identity';
import { apolloLogger, type Logger } from '../lib/logger';
import type { GatewayContext } from './context';
import { subgraphFetcher } from './subgraph-fetcher';

export interface GatewayOptions {
  supergraphSdl: string;
  identitySecret: string;
  /** Where each subgraph is reached: the supergraph's routing URL unless overridden. */
  subgraphUrls: Record<string, string>;
  logger: Logger;
  /** Longest wait for one subgraph fetch. */
  subgraphTimeoutMs: number;
}

/** Fields the supergraph guards with `@requiresScopes` (personal data, the audit trail). */
export function scopedFieldNames(supergraphSdl: string): string[] {
  const names = new Set<string>();
  visit(parse(supergraphSdl), {
    FieldDefinition(node) {
      if (node.directives?.some((directive) => directive.name.value === 'requiresScopes')) names.add(node.name.value);
    },
  });
  return [...names].sort();
}

/** The federation gateway over a supergraph composed at build time (never composed at runtime). */
export function buildGateway(options: GatewayOptions): ApolloGateway {
  const { supergraphSdl, subgraphUrls, identitySecret, logger } = options;
  const fetcher = subgraphFetcher({ timeoutMs: options.subgraphTimeoutMs, neverShared: scopedFieldNames(supergraphSdl) });
  return new ApolloGateway({
    supergraphSdl,
    logger: apolloLogger(logger),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: subgraphUrls[name] ?? url,
        fetcher,
        willSendRequest({ request, context }) {
          // One id follows the operation through every subgraph's logs.
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
          // Subgraphs trust only this signed, short-lived statement of who is asking.
          if (context.identity) request.http?.headers.set(IDENTITY_HEADER, (context.signedIdentity ??= signIdentity(context.identity, identitySecret)));
        },
      }),
  });
}
