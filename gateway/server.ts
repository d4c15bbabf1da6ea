import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { inputCheckPlugin } from '../lib/graphql/input-check-plugin';
import { operationPlugin } from '../lib/graphql/operation-plugin';
import { GRAPH_SCALARS } from '../lib/graphql/scalars';
import { graphqlExecutor, graphqlHandler } from '../lib/http/graphql-handler';
import { operationQueue } from '../lib/http/operation-queue';
import { createHttpServer } from '../lib/http/server';
import { hasRole } from '../lib/identity';
import { apolloLogger, type Logger } from '../lib/logger';
import { requestLogPlugin } from '../lib/request-log-plugin';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { dashboardRoutes } from './dashboard/routes';
import { EXPORT_PATH, servedForExport } from './export';
import { exportHandler } from './export/export-handler';
import { exportRecorder } from './export/export-record';
import { SubgraphBreakers } from './circuit-breaker';
import { buildGateway } from './gateway';
import { errorResponsePlugin, formatGatewayError, queryLimitsPlugin } from './limits';
import { gatewayReadiness } from './readiness';
import { ReloadableGateway } from './reloadable-gateway';
import { requestAuthenticator, type HeaderLookup } from './request-identity';
import { callingClient } from './calling-client';
import { operationShareKey } from './operation-sharing';
import { namesRecordedField } from './scoped-fields';
import { publicAnswerCache, versionedAnswers } from './public-answer-cache';
import { subgraphVersions } from './write-versions';
import { subgraphConnections } from './subgraph-fetcher';
import type { SupergraphFile } from './supergraph-file';
import type { TrustedDocuments } from './trusted-documents/manifest';
import { trustedDocumentResolver } from './trusted-documents/resolver';

export interface GatewayServer {
  httpServer: Server;
  apollo: ApolloServer<GatewayContext>;
  /** Takes a new supergraph without a restart (gateway/supergraph-reloader.ts). */
  gateway: ReloadableGateway;
}

const EXAMPLE_QUERY = `# Satu Graf PMI: one graph over KP2MI, ESDM, Perindustrian and Koperasi-UKM.
query Workers {
  workers(first: 5) {
    totalCount
    edges { node { id fullName status province { name } } }
  }
}
`;

/**
 * Loaded only when the explorer is on: its bundled GraphiQL assets hold tens of megabytes of
 * memory that a production gateway (explorer off) should not carry.
 */
async function explorerPlugin(documents: TrustedDocuments | null) {
  const { explorerLandingPage } = await import('./explorer');
  const documentIdOf = (name: string) => [...(documents?.values() ?? [])].find((document) => document.operation === name)?.id;
  return explorerLandingPage({ title: 'Satu Graf PMI explorer', defaultQuery: EXAMPLE_QUERY, documentIdOf });
}

/** Past it, a subgraph's versions count as unreadable: the request is computed afresh rather than wait. */
const VERSIONS_TIMEOUT_MS = 1000;

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Builds the gateway's Apollo Server and HTTP front without listening. `documents` is the
 * manifest of trusted documents read at start (null when TRUSTED_DOCUMENTS is `off`).
 */
export async function buildGatewayServer(config: GatewayConfig, supergraph: SupergraphFile, documents: TrustedDocuments | null, logger: Logger): Promise<GatewayServer> {
  if (!config.apolloTelemetry) process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const authenticate = requestAuthenticator(config);
  const connections = subgraphConnections();
  const breakers = new SubgraphBreakers(config.breakers, (change) => logger.warn(`circuit breaker ${change.to}`, { ...change }));
  const gateway = new ReloadableGateway(supergraph, {
    // A subgraph's `<PREFIX>_URL` wins over the routing URL of every supergraph served.
    routes: ({ subgraphs }) => Object.fromEntries(subgraphs.map(({ name, url }) => [name, config.subgraphUrls[name] ?? url])),
    build: ({ sdl }, subgraphUrls) =>
      buildGateway({ supergraphSdl: sdl, subgraphUrls, identitySecret: config.identitySecret, logger, subgraphPolicy: config.subgraphPolicy, connections, breakers }),
  });
  const errorPolicy = { maskErrors: config.maskErrors, maxTokens: config.queryLimits.maxTokens, logger };
  // No `documentStore`: Apollo Server then keeps the documents it parsed and validated in a new
  // store for each schema, so a parsed document, and what the query limits and the input checks
  // keep per parsed document, never outlives the supergraph it was validated against.
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    // Apollo's automatic persisted queries would let any caller register a document by sending
    // it with its hash; documents are registered by building the manifest only, and the trusted
    // documents resolver answers both ways of naming one (gateway/trusted-documents/).
    persistedQueries: false,
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    includeStacktraceInErrorResponses: false,
    formatError: formatGatewayError(errorPolicy),
    plugins: [
      config.explorer ? await explorerPlugin(documents) : ApolloServerPluginLandingPageDisabled(),
      requestLogPlugin(logger),
      // In this order: what kind of operation it is, then its inputs, then its size and cost.
      operationPlugin(),
      inputCheckPlugin({ scalars: GRAPH_SCALARS }),
      queryLimitsPlugin(config.queryLimits),
      errorResponsePlugin(errorPolicy),
    ],
    logger: apolloLogger(logger),
  });
  const context = async (req: IncomingMessage): Promise<GatewayContext> => {
    const header: HeaderLookup = (name) => firstValue(req.headers[name]);
    return { requestId: randomUUID(), identity: await authenticate(header), client: callingClient(header), deadline: Date.now() + config.requestDeadlineMs, fetched: new Set() };
  };
  const queue = config.operations ? operationQueue(config.operations) : undefined;
  const graphql = {
    server: apollo,
    bodyLimitBytes: config.bodyLimitBytes,
    maxStringLength: config.maxStringLength,
    queue,
    // A subgraph's own question (its service identity) belongs to an operation that holds a turn.
    skipsQueue: (context: GatewayContext) => hasRole(context.identity, 'service'),
    answers: config.responseCache
      ? versionedAnswers(
          publicAnswerCache(config.responseCache.maxMegabytes * 1024 * 1024),
          subgraphVersions({ routes: () => gateway.served().routes, identitySecret: config.identitySecret, timeoutMs: VERSIONS_TIMEOUT_MS, connections, logger }),
          { namesRecordedField: namesRecordedField(() => gateway.served().supergraph.sdl) },
        )
      : undefined,
    shareKey: config.shareOperations ? operationShareKey(() => gateway.served().supergraph.sdl) : undefined,
    resolveOperation: trustedDocumentResolver({ mode: config.trustedDocuments.mode, documents, perClient: config.trustedDocuments.perClient, logger }),
    context,
  };
  const httpServer = createHttpServer({
    graphqlPath: config.graphqlPath,
    corsOrigins: config.corsOrigins,
    logger,
    readiness: () => gatewayReadiness(gateway.served(), breakers, queue),
    graphql: graphqlHandler(graphql),
    routes: {
      [EXPORT_PATH]: exportHandler({
        execute: graphqlExecutor(graphql),
        caller: context,
        served: () => servedForExport(gateway.served()),
        documents,
        record: exportRecorder({ url: () => gateway.served().routes.kp2mi!, identitySecret: config.identitySecret }),
        maxRows: config.exportMaxRows,
        bodyLimitBytes: config.bodyLimitBytes,
        logger,
      }),
      ...(config.dashboard ? dashboardRoutes({ graphqlPath: config.graphqlPath }) : {}),
    },
  });
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await apollo.start();
  return { httpServer, apollo, gateway };
}
