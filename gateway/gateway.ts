import { ApolloGateway } from '@apollo/gateway';
import { parse, visit } from 'graphql';
import { apolloLogger, type Logger } from '../lib/logger';
import { SubgraphDataSource } from './subgraph-data-source';
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
  const fetch = subgraphFetcher({ timeoutMs: options.subgraphTimeoutMs, neverShared: scopedFieldNames(supergraphSdl) });
  return new ApolloGateway({
    supergraphSdl,
    logger: apolloLogger(logger),
    buildService: ({ name, url }) => new SubgraphDataSource({ name, url: subgraphUrls[name] ?? url!, fetch, identitySecret }),
  });
}
