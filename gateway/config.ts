import path from 'node:path';
import { boolean, ConfigError, count, optionalString, port, positiveInt, requiredString, stringList, url } from '../lib/env';
import type { OperationQueueOptions } from '../lib/http/operation-queue';
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER } from '../lib/identity';
import type { AuthConfig } from './authentication';
import type { BreakerSettings } from './circuit-breaker';
import type { SubgraphPolicy } from './subgraph-policy';
import type { QueryLimits } from './limits';
import type { TrustedDocumentsConfig } from './trusted-documents/config';

export interface GatewayConfig {
  host: string;
  port: number;
  graphqlPath: string;
  /** The composed supergraph this gateway serves; any supergraph of the same subgraph names works. Watched: a new one is served without a restart. */
  supergraphPath: string;
  /** Where to fetch the supergraph instead of the file (a schema registry, an artifact store), polled for a new one; null: the file. */
  supergraphUrl: string | null;
  /** How often `supergraphUrl` is polled. */
  supergraphPollIntervalMs: number;
  /** Per-subgraph URL overrides, by subgraph name; otherwise the supergraph's routing URLs are used. */
  subgraphUrls: Record<string, string>;
  corsOrigins: string[];
  explorer: boolean;
  introspection: boolean;
  bodyLimitBytes: number;
  /** Operations executed at once, how many may wait for a turn, and after how long refusing them makes the gateway unready; null: no limit. */
  operations: OperationQueueOptions | null;
  /** Longest string accepted anywhere in an operation's variables. */
  maxStringLength: number;
  /** Depth, aliases, cost and tokens an operation may have (README "Query limits"). */
  queryLimits: QueryLimits;
  /** Replace internal errors with a generic one carrying the request id (production). */
  maskErrors: boolean;
  /** Apollo's anonymous usage metrics, sent to Apollo's servers; off unless asked for. */
  apolloTelemetry: boolean;
  auth: AuthConfig;
  /** Signs the identity passed to subgraphs (they hold the same secret). */
  identitySecret: string;
  /**
   * Whole answers made only of public, cache-hinted fields (`@cacheControl` in the subgraphs) are
   * kept in memory and served to anyone for their `maxAge`; null when off. Per process and safe
   * to lose: a replica that restarts or misses asks the subgraphs again.
   */
  responseCache: { maxMegabytes: number } | null;
  /**
   * Identical queries of one caller in flight at once run once, the others sharing the answer
   * (`SHARE_OPERATIONS`, on unless false); never mutations, nor operations reading personal data
   * or the audit trail (each read goes on record with its own request id).
   */
  shareOperations: boolean;
  /**
   * Each subgraph's fetch timeout (past it, that subgraph's part of the answer is null with an
   * error) and retries, by name (`<PREFIX>_TIMEOUT_MS`, `<PREFIX>_RETRIES`); the defaults for a name not listed.
   */
  subgraphPolicy: (name: string) => SubgraphPolicy;
  /** Longest one GraphQL request may take: past it, what is done is answered and the rest is missing with errors. */
  requestDeadlineMs: number;
  /** When a subgraph's circuit breaker opens and for how long; null when breakers are off (`CIRCUIT_BREAKER=false`). */
  breakers: BreakerSettings | null;
  /** Which documents callers may run: the manifest built from the operation registry, and how strictly it is held to (README "Trusted documents"). */
  trustedDocuments: TrustedDocumentsConfig;
  /** Most rows one export (`POST /export`) may have; past it the export is refused, or stopped. */
  exportMaxRows: number;
  /** The analysts' dashboard at `/dashboard` (its page and bundled assets). */
  dashboard: boolean;
}

const DURATION_UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `30m`, `24h`, `7d` in seconds; undefined for anything else (no sign, no fraction, no zero). */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)([smhd])$/.exec(text);
  if (!match) return undefined;
  const seconds = Number(match[1]) * DURATION_UNITS[match[2]!]!;
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds : undefined;
}

/** A duration variable in seconds, read like the helpers of lib/env: a malformed value names the variable. */
function duration(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const raw = optionalString(env, name) ?? fallback;
  const seconds = parseDuration(raw);
  if (seconds === undefined) throw new ConfigError(`${name} must be a duration such as 30m, 24h or 7d; got "${raw}"`);
  return seconds;
}

/** Longest a bearer token may live unless AUTH_MAX_TOKEN_LIFETIME says otherwise. */
export const DEFAULT_MAX_TOKEN_LIFETIME = '24h';

/** AUTH_MAX_TOKEN_LIFETIME in seconds: the gateway refuses tokens that live longer (and `npm run token` will not make them). */
export function maxTokenLifetimeSeconds(env: NodeJS.ProcessEnv): number {
  return duration(env, 'AUTH_MAX_TOKEN_LIFETIME', DEFAULT_MAX_TOKEN_LIFETIME);
}

/** How bearer tokens are verified, from AUTH_JWT_SECRET or AUTH_JWKS_URL (shared with the benchmark's Hive Gateway). */
export function authConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const issuer = optionalString(env, 'AUTH_ISSUER') ?? DEFAULT_TOKEN_ISSUER;
  const audience = optionalString(env, 'AUTH_AUDIENCE') ?? DEFAULT_TOKEN_AUDIENCE;
  const checks = { issuer, audience, maxTokenLifetimeSeconds: maxTokenLifetimeSeconds(env) };
  const jwksUrl = optionalString(env, 'AUTH_JWKS_URL');
  const secret = optionalString(env, 'AUTH_JWT_SECRET');
  if (jwksUrl && secret) throw new ConfigError('Set AUTH_JWKS_URL (production) or AUTH_JWT_SECRET (local), not both');
  if (jwksUrl) return { mode: 'jwks', jwksUrl: url(env, 'AUTH_JWKS_URL', jwksUrl), ...checks };
  if (secret) {
    if (secret.length < 32) throw new ConfigError('AUTH_JWT_SECRET must be at least 32 characters');
    return { mode: 'secret', secret, ...checks };
  }
  throw new ConfigError('AUTH_JWT_SECRET or AUTH_JWKS_URL is not set: the gateway verifies bearer tokens with one of them ("npm start" provides a local secret)');
}

/**
 * The operation queue's defaults, chosen by `npm run bench:limits` (README, "Performance"): the
 * lowest limit at which the mix keeps its throughput, and a wait of at most about half a second,
 * past which a caller is better told at once to retry; the line's length only caps its memory.
 */
export const DEFAULT_MAX_CONCURRENT_OPERATIONS = 8;
export const DEFAULT_MAX_WAITING_OPERATIONS = 100;
export const DEFAULT_MAX_OPERATION_WAIT_MS = 500;
export const DEFAULT_OVERLOAD_UNREADY_AFTER_MS = 2000;

/** On unless MAX_CONCURRENT_OPERATIONS is `off`. */
function operationLimits(env: NodeJS.ProcessEnv): GatewayConfig['operations'] {
  if (optionalString(env, 'MAX_CONCURRENT_OPERATIONS')?.toLowerCase() === 'off') return null;
  return {
    limit: positiveInt(env, 'MAX_CONCURRENT_OPERATIONS', DEFAULT_MAX_CONCURRENT_OPERATIONS),
    maxWaiting: count(env, 'MAX_WAITING_OPERATIONS', DEFAULT_MAX_WAITING_OPERATIONS, 100_000),
    maxWaitMs: count(env, 'MAX_OPERATION_WAIT_MS', DEFAULT_MAX_OPERATION_WAIT_MS, 600_000),
    unreadyAfterMs: count(env, 'OVERLOAD_UNREADY_AFTER_MS', DEFAULT_OVERLOAD_UNREADY_AFTER_MS, 600_000),
  };
}

/** The generated manifest of registered documents, relative to where the gateway is started (like the supergraph). */
export const DEFAULT_TRUSTED_DOCUMENTS_PATH = 'clients/typescript/src/generated/persisted-documents.json';

const TRUSTED_DOCUMENTS_MODES = ['off', 'log', 'enforce'] as const;

/**
 * TRUSTED_DOCUMENTS (`log` unless production, where it is `enforce`), the manifest's path and the
 * operations index beside it (which client each document belongs to), and the per-client rule.
 */
export function trustedDocuments(env: NodeJS.ProcessEnv, production: boolean): TrustedDocumentsConfig {
  const raw = optionalString(env, 'TRUSTED_DOCUMENTS')?.toLowerCase() ?? (production ? 'enforce' : 'log');
  const mode = TRUSTED_DOCUMENTS_MODES.find((candidate) => candidate === raw);
  if (!mode) throw new ConfigError(`TRUSTED_DOCUMENTS must be ${TRUSTED_DOCUMENTS_MODES.join(', ')}; got "${raw}"`);
  const documentsPath = path.resolve(optionalString(env, 'TRUSTED_DOCUMENTS_PATH') ?? DEFAULT_TRUSTED_DOCUMENTS_PATH);
  const operationsPath = path.resolve(optionalString(env, 'TRUSTED_DOCUMENTS_OPERATIONS_PATH') ?? path.join(path.dirname(documentsPath), 'operations.json'));
  const perClient = boolean(env, 'TRUSTED_DOCUMENTS_PER_CLIENT', false);
  // With the manifest unread there is no owner to compare a client with: a rule that cannot hold is refused, not ignored.
  if (perClient && mode === 'off') throw new ConfigError('TRUSTED_DOCUMENTS_PER_CLIENT=true needs TRUSTED_DOCUMENTS=log or enforce; got off');
  return { mode, documentsPath, operationsPath, perClient };
}

/** `koperasi-ukm` → `KOPERASI_UKM`: the prefix of a subgraph's environment variables. */
export function envPrefix(subgraphName: string): string {
  return subgraphName.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** Most retries of one subgraph query: a retry is a whole fetch again, and a subgraph that fails this often is down. */
const MAX_RETRIES = 5;

/**
 * A subgraph fetch of this graph takes milliseconds, its heaviest (a page of a filtered connection
 * over 20,000 workers on the embedded database, scanned at about 55 µs a document) about a second:
 * five seconds is past anything healthy, and short enough that a hung subgraph costs a caller
 * little. A request's deadline leaves room for a timeout, its retry and the plan's other fetches.
 */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;
export const DEFAULT_REQUEST_DEADLINE_MS = 15_000;

/**
 * SUBGRAPH_TIMEOUT_MS and SUBGRAPH_RETRIES for every subgraph, each overridden by
 * `<PREFIX>_TIMEOUT_MS` and `<PREFIX>_RETRIES` (`ESDM_RETRIES=0` turns retries off for ESDM).
 */
function subgraphPolicies(subgraphNames: readonly string[], env: NodeJS.ProcessEnv): (name: string) => SubgraphPolicy {
  const defaults: SubgraphPolicy = { timeoutMs: positiveInt(env, 'SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS), retries: count(env, 'SUBGRAPH_RETRIES', 1, MAX_RETRIES) };
  const policies = new Map(
    subgraphNames.map((name) => {
      const prefix = envPrefix(name);
      return [name, { timeoutMs: positiveInt(env, `${prefix}_TIMEOUT_MS`, defaults.timeoutMs), retries: count(env, `${prefix}_RETRIES`, defaults.retries, MAX_RETRIES) }] as const;
    }),
  );
  return (name) => policies.get(name) ?? defaults;
}

/** A share from 0 (exclusive) to 1, such as `0.5`. */
function ratio(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = optionalString(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 1) throw new ConfigError(`${name} must be a share above 0 and at most 1, such as 0.5; got "${raw}"`);
  return value;
}

function breakerSettings(env: NodeJS.ProcessEnv): BreakerSettings | null {
  if (!boolean(env, 'CIRCUIT_BREAKER', true)) return null;
  return {
    failureRatio: ratio(env, 'CIRCUIT_FAILURE_RATIO', 0.5),
    minimumFetches: positiveInt(env, 'CIRCUIT_MIN_FETCHES', 10),
    windowMs: positiveInt(env, 'CIRCUIT_WINDOW_MS', 10_000),
    coolDownMs: positiveInt(env, 'CIRCUIT_COOL_DOWN_MS', 5_000),
  };
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
    supergraphUrl: optionalString(env, 'SUPERGRAPH_URL') === undefined ? null : url(env, 'SUPERGRAPH_URL', ''),
    supergraphPollIntervalMs: positiveInt(env, 'SUPERGRAPH_POLL_INTERVAL_MS', 10_000),
    subgraphUrls,
    corsOrigins: stringList(env, 'CORS_ORIGINS', production ? [] : ['*']),
    explorer: boolean(env, 'EXPLORER', !production),
    introspection: boolean(env, 'INTROSPECTION', !production),
    bodyLimitBytes: positiveInt(env, 'BODY_LIMIT_BYTES', 1_000_000),
    operations: operationLimits(env),
    maxStringLength: positiveInt(env, 'MAX_STRING_LENGTH', 10_000),
    queryLimits: {
      maxDepth: positiveInt(env, 'QUERY_MAX_DEPTH', 12),
      maxAliases: positiveInt(env, 'QUERY_MAX_ALIASES', 30),
      maxCost: positiveInt(env, 'QUERY_MAX_COST', 10_000),
      maxTokens: positiveInt(env, 'QUERY_MAX_TOKENS', 2000),
    },
    maskErrors: boolean(env, 'MASK_ERRORS', production),
    apolloTelemetry: boolean(env, 'APOLLO_TELEMETRY', false),
    auth: authConfig(env),
    identitySecret: requiredString(env, 'IDENTITY_SECRET', 'the gateway signs the identity it passes to subgraphs with it ("npm start" provides a local secret)'),
    subgraphPolicy: subgraphPolicies(subgraphNames, env),
    breakers: breakerSettings(env),
    requestDeadlineMs: positiveInt(env, 'REQUEST_DEADLINE_MS', DEFAULT_REQUEST_DEADLINE_MS),
    responseCache: boolean(env, 'RESPONSE_CACHE', true) ? { maxMegabytes: positiveInt(env, 'RESPONSE_CACHE_MAX_MB', 64) } : null,
    shareOperations: boolean(env, 'SHARE_OPERATIONS', true),
    trustedDocuments: trustedDocuments(env, production),
    exportMaxRows: positiveInt(env, 'EXPORT_MAX_ROWS', 100_000),
    dashboard: boolean(env, 'DASHBOARD', true),
  };
}
