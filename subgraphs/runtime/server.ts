import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Connection, Model } from 'mongoose';
import { inputCheckPlugin } from '../../lib/graphql/input-check-plugin';
import { operationPlugin } from '../../lib/graphql/operation-plugin';
import { graphqlHandler } from '../../lib/http/graphql-handler';
import { timedCheck } from '../../lib/http/health';
import { VERSIONS_PATH, versionsRoute } from './versions/versions-route';
import { createHttpServer } from '../../lib/http/server';
import { IDENTITY_HEADER, signIdentity } from '../../lib/identity';
import { apolloLogger, type Logger } from '../../lib/logger';
import type { Registry } from '../../lib/metrics';
import { requestLogPlugin } from '../../lib/request-log-plugin';
import { applyAccessPolicy } from './access/policy';
import { auditEntryModel } from './audit/audit-entry';
import { AuditLog } from './audit/audit-log';
import { personalFieldsOf } from '../../lib/privacy/personal-fields';
import { loadPurposeRegistry, type PurposeRegistry } from '../../lib/privacy/purposes';
import { SUBGRAPHS } from '../catalog';
import { dataSubjectStateModel } from './privacy/data-subject-state';
import { piiReadWindowModel } from './privacy/pii-read-window';
import { sendPart } from './privacy/part-client';
import { PrivacyGuard, type PrivacySettings } from './privacy/privacy-guard';
import { loadSchema } from './schema';
import type { SubgraphConfig } from './config';
import type { SubgraphContext } from './context';
import { pingDatabase } from './database';
import { createGraphClient } from './graph-client';
import { gatewayIdentity, serviceIdentity } from './gateway-identity';
import type { SubgraphDefinition } from './definition';

/** The registry, checked against the personal fields every subgraph schema marks (a purpose cannot name an unmarked one). */
function loadRegistry(file: string): PurposeRegistry {
  const marked = new Set(SUBGRAPHS.flatMap((entry) => personalFieldsOf(loadSchema(path.join(__dirname, '..', entry.folder))).map((field) => field.coordinate)));
  return loadPurposeRegistry(file, marked);
}

export interface SubgraphServer {
  httpServer: Server;
  apollo: ApolloServer<SubgraphContext<unknown>>;
}

/**
 * Builds a subgraph's Apollo Server and HTTP front on an open database connection,
 * without listening: the entry point listens, tests may call `executeOperation`.
 */
export async function buildSubgraphServer<TModels extends Record<string, Model<any>>, TSources>(
  definition: SubgraphDefinition<TModels, TSources>,
  config: SubgraphConfig,
  connection: Connection,
  logger: Logger,
  metrics: Registry,
): Promise<SubgraphServer> {
  // Before anything touches the database: a registry that is not valid stops the start.
  const registry = loadRegistry(config.purposeRegistryFile);
  const models = definition.createModels(connection);
  const auditEntries = auditEntryModel(connection);
  const privacy: PrivacySettings = { registry, states: dataSubjectStateModel(connection), readWindows: piiReadWindowModel(connection), piiReadsPerHour: config.piiReadsPerHour };
  // Indexes are part of the schema: make sure they exist before serving (a no-op when they do).
  await Promise.all([...Object.values(models), auditEntries, privacy.states, privacy.readWindows].map((model) => model.createIndexes()));

  const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers }]);
  applyAccessPolicy(schema, definition.access, {
    ministry: definition.entry.ministry,
    statisticsThreshold: config.statisticsThreshold,
    dataSubject: definition.dataSubject,
    personalFields: new Set(personalFieldsOf(definition.typeDefs).map((field) => field.coordinate)),
    people: definition.people,
  });

  const apollo = new ApolloServer<SubgraphContext<TSources>>({
    schema,
    introspection: config.introspection,
    // Errors are logged with their stack (request log plugin); callers never see one, in any mode.
    includeStacktraceInErrorResponses: false,
    // Only the gateway talks to a subgraph; its explorer is the gateway's. Inline traces
    // (ftv1) are only read by Apollo's hosted studio, which this deployment does not use.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      requestLogPlugin(logger),
      // The gateway checks the same first; a subgraph does not rely on that for what it stores.
      operationPlugin(),
      inputCheckPlugin(),
    ],
    logger: apolloLogger(logger),
  });
  const httpServer = createHttpServer({
    graphqlPath: '/graphql',
    corsOrigins: [],
    logger,
    metrics: () => metrics.render(),
    routes: { [VERSIONS_PATH]: versionsRoute(connection, config.identitySecret) },
    readiness: async () => {
      const database = await timedCheck(() => pingDatabase(connection), 1000);
      return { ready: database.ok, checks: { database } };
    },
    graphql: graphqlHandler({
      server: apollo,
      bodyLimitBytes: config.bodyLimitBytes,
      context: async (req) => {
        const identity = gatewayIdentity(req.headers[IDENTITY_HEADER], config.identitySecret);
        const requestId = String(req.headers['x-request-id'] ?? randomUUID());
        const service = serviceIdentity(definition.entry);
        const requestLogger = logger.child({ requestId });
        const guard = new PrivacyGuard(privacy, identity, requestLogger);
        return {
          requestId,
          identity,
          logger: requestLogger,
          privacy: guard,
          audit: new AuditLog(auditEntries, definition.entry.ministry, identity, requestId, requestLogger, guard.statedPurpose()),
          dataSources: definition.createDataSources(models, {
            graph: createGraphClient(config.gatewayUrl, requestId, signIdentity(service, config.identitySecret)),
            logger: requestLogger,
            sendPart: (entry, request) => sendPart(entry, request, { identitySecret: config.identitySecret, urls: config.subgraphUrls, requestId }, definition.entry),
          }),
        };
      },
    }),
  });
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await apollo.start();
  return { httpServer, apollo: apollo as ApolloServer<SubgraphContext<unknown>> };
}
