import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from './logger';

/**
 * Logs each operation (debug) and its errors (warn) with the request id, the same id in
 * the gateway and in every subgraph it called, so one operation can be followed across logs,
 * and the client that named itself, when the context knows it (the gateway's does). An error
 * that was not raised as a GraphQL error (a bug, a driver failure) is logged with its stack:
 * the log is the only place a stack goes, never the answer. `parsed` says whether the operation's
 * document was parsed and validated for it, or taken from Apollo Server's document store.
 */
export function requestLogPlugin<TContext extends BaseContext & { requestId: string; client?: { name: string; version: string | null } | null }>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const { requestId, client } = contextValue;
      const caller = client ? { client: client.name, clientVersion: client.version ?? undefined } : {};
      let parsed = false;
      return {
        async parsingDidStart() {
          parsed = true;
        },
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const unexpected = error.originalError && !(error.originalError instanceof GraphQLError) ? { err: error.originalError } : {};
            logger.warn('operation error', { requestId, ...caller, operationName, code: error.extensions?.code, error: error.message, path: error.path, ...unexpected });
          }
        },
        async willSendResponse({ operationName }) {
          logger.debug('operation', { requestId, ...caller, operationName, parsed, ms: Math.round(performance.now() - started) });
        },
      };
    },
  };
}
