import { boolean, optionalString, port, positiveInt, requiredString, url } from '../../lib/env';
import { DEFAULT_PURPOSE_REGISTRY } from '../../lib/privacy/purposes';
import { SUBGRAPHS, type SubgraphEntry } from '../catalog';

export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  mongodbUri: string;
  databaseName: string;
  /** The gateway, for the rare rule that needs another ministry's data (asked of the graph). */
  gatewayUrl: string;
  bodyLimitBytes: number;
  /** Start-up tries to reach the database this many times before giving up. */
  databaseConnectAttempts: number;
  introspection: boolean;
  /** Verifies the identity the gateway signs; the same secret as the gateway's IDENTITY_SECRET. */
  identitySecret: string;
  /** Statistics buckets smaller than this are merged for callers who may not read personal data. */
  statisticsThreshold: number;
  /** The registry of lawful purposes (`schema/purposes.json` unless PURPOSE_REGISTRY_FILE names another). */
  purposeRegistryFile: string;
  /** People whose personal data one caller may read per hour (PII_READS_PER_HOUR); null: `off`. */
  piiReadsPerHour: number | null;
  /** Where the other subgraphs are reached (`<PREFIX>_URL`, as the gateway has them), for data-subject requests. */
  subgraphUrls: Record<string, string>;
}

export function loadSubgraphConfig(entry: SubgraphEntry, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const prefix = entry.envPrefix;
  const mongodbUri =
    optionalString(env, `${prefix}_MONGODB_URI`) ??
    requiredString(env, 'MONGODB_URI', `set it (or ${prefix}_MONGODB_URI) to the MongoDB server of subgraph ${entry.name}, or start everything with "npm start", which provides one`);
  return {
    name: entry.name,
    host: optionalString(env, 'HOST') ?? '127.0.0.1',
    port: port(env, `${prefix}_PORT`, entry.defaultPort),
    mongodbUri,
    databaseName: optionalString(env, `${prefix}_MONGODB_DB`) ?? entry.databaseName,
    gatewayUrl: url(env, 'GATEWAY_URL', 'http://localhost:4000/graphql'),
    bodyLimitBytes: positiveInt(env, 'BODY_LIMIT_BYTES', 1_000_000),
    databaseConnectAttempts: positiveInt(env, 'DATABASE_CONNECT_ATTEMPTS', 10),
    introspection: boolean(env, 'SUBGRAPH_INTROSPECTION', env.NODE_ENV !== 'production'),
    statisticsThreshold: positiveInt(env, 'STATS_MIN_BUCKET_SIZE', 5),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.flatMap((s) => (optionalString(env, `${s.envPrefix}_URL`) ? [[s.name, url(env, `${s.envPrefix}_URL`, '')]] : []))),
    purposeRegistryFile: optionalString(env, 'PURPOSE_REGISTRY_FILE') ?? DEFAULT_PURPOSE_REGISTRY,
    piiReadsPerHour: optionalString(env, 'PII_READS_PER_HOUR')?.toLowerCase() === 'off' ? null : positiveInt(env, 'PII_READS_PER_HOUR', 500),
    identitySecret: requiredString(env, 'IDENTITY_SECRET', 'the subgraph accepts only requests whose identity the gateway signed with it ("npm start" provides a local secret)'),
  };
}
