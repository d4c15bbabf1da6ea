import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';

function clientError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

function unresolved(document: DocumentNode, operationName: string | undefined): GraphQLError {
  const count = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
  if (operationName) return clientError(`Unknown operation named "${operationName}": the document has no operation of that name`, 'OPERATION_RESOLUTION_FAILURE');
  if (count === 0) return clientError('The document has no operation to execute', 'OPERATION_RESOLUTION_FAILURE');
  return clientError(`The document has ${count} operations: name the one to execute in operationName`, 'OPERATION_RESOLUTION_FAILURE');
}

/**
 * Decides what kind of operation a request is before anything runs, in the gateway and in every
 * subgraph alike:
 * - an operation name the document does not have, or a document with several operations and no
 *   name, is the caller's mistake (400), not a failure of the gateway's planner;
 * - a subscription is refused: the graph has no subscription type;
 * - only queries may be cached. A mutation's answer is never marked cacheable, whatever its
 *   fields' hints (a `JobOpening` returned by `publishJobOpening` carries one): a kept answer
 *   would be replayed to the next caller without the write being made.
 */
export function operationPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  const requestHooks = {
    async didResolveOperation({ document, operation, request, overallCachePolicy }: GraphQLRequestContextDidResolveOperation<TContext>) {
      if (!operation) throw unresolved(document, request.operationName);
      if (operation.operation === 'subscription') throw clientError('This graph has no subscriptions: send a query or a mutation', 'GRAPHQL_VALIDATION_FAILED');
      if (operation.operation !== 'query') overallCachePolicy.restrict({ maxAge: 0 });
    },
  };
  return {
    async requestDidStart() {
      return requestHooks;
    },
  };
}
