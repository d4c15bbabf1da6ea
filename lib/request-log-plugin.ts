import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from './logger';

/**
 * Logs each operation (debug) and its errors (warn) with the request id, the same id in
 * the gateway and in every subgraph it called, so one operation can be followed across logs.
 * An error that was not raised as a GraphQL error (a bug, a driver failure) is logged with its
 * stack: the log is the only place a stack goes, never the answer.
 */
export function requestLogPlugin<TContext extends BaseContext & { requestId: string }>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const unexpected = error.originalError && !(error.originalError instanceof GraphQLError) ? { err: error.originalError } : {};
            logger.warn('operation error', { requestId: contextValue.requestId, operationName, code: error.extensions?.code, error: error.message, path: error.path, ...unexpected });
          }
        },
        async willSendResponse({ operationName }) {
          logger.debug('operation', { requestId: contextValue.requestId, operationName, ms: Math.round(performance.now() - started) });
        },
      };
    },
  };
}
