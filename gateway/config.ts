import path from 'node:path';
import { boolean, optionalString, port, positiveInt, stringList, url } from '../lib/env';

export interface GatewayConfig {
  host: string;
  port: number;
  graphqlPath: string;
  /** The composed supergraph this gateway serves; any supergraph of the same subgraph names works. */
  supergraphPath: string;
  /** Per-subgraph URL overrides, by subgraph name; otherwise the supergraph's routing URLs are used. */
  subgraphUrls: Record<string, string>;
  corsOrigins: string[];
  explorer: boolean;
  introspection: boolean;
  bodyLimitBytes: number;
  /** Apollo's anonymous usage metrics, sent to Apollo's servers; off unless asked for. */
  apolloTelemetry: boolean;
}

/** `koperasi-ukm` → `KOPERASI_UKM`: the prefix of a subgraph's environment variables. */
export function envPrefix(subgraphName: string): string {
  return subgraphName.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

export function loadGatewayConfig(subgraphNames: readonly string[], env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const subgraphUrls: Record<string, string> = {};
  for (const name of subgraphNames) {
    const variable = `${envPrefix(name)}_URL`;
    if (optionalString(env, variable) !== undefined) subgraphUrls[name] = url(env, variable, '');
  }
  return {
    host: optionalString(env, 'HOST') ?? '127.0.0.1',
    port: port(env, 'PORT', 4000),
    graphqlPath: optionalString(env, 'GRAPHQL_PATH') ?? '/graphql',
    supergraphPath: path.resolve(optionalString(env, 'SUPERGRAPH_PATH') ?? 'schema/supergraph.graphql'),
    subgraphUrls,
    corsOrigins: stringList(env, 'CORS_ORIGINS', production ? [] : ['*']),
    explorer: boolean(env, 'EXPLORER', !production),
    introspection: boolean(env, 'INTROSPECTION', !production),
    bodyLimitBytes: positiveInt(env, 'BODY_LIMIT_BYTES', 1_000_000),
    apolloTelemetry: boolean(env, 'APOLLO_TELEMETRY', false),
  };
}
