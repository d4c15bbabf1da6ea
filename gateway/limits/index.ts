import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { checkAliases } from './aliases';
import { checkCost } from './cost';
import { checkDepth } from './depth';

export { errorResponsePlugin, formatGatewayError, type ErrorPolicyOptions } from './error-policy';

/** The gateway's query limits (README "Query limits"); the token limit is enforced by the parser. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
}

/**
 * Refuses an operation over a limit once it is parsed, validated and its operation chosen,
 * before the gateway plans it or calls any subgraph.
 */
export function queryLimitsPlugin<TContext extends BaseContext>(limits: QueryLimits): ApolloServerPlugin<TContext> {
  // Apollo Server hands back the same parsed document for the same query text, so an operation
  // found within the aliases and depth limits once need not be walked again; its cost depends on
  // the variables (`first`) and is checked every time. A new supergraph gets new documents (a
  // document store per schema), so nothing found here is carried over to another schema.
  const withinShapeLimits = new WeakSet<object>();
  const requestHooks = {
    async didResolveOperation({ schema, document, operation, request }: GraphQLRequestContextDidResolveOperation<TContext>) {
      if (!operation) return;
      const input = { schema, document, operation };
      if (!withinShapeLimits.has(operation)) {
        checkAliases(input, limits.maxAliases);
        checkDepth(input, limits.maxDepth);
        withinShapeLimits.add(operation);
      }
      checkCost(input, limits.maxCost, request.variables);
    },
  };
  return {
    async requestDidStart() {
      return requestHooks;
    },
  };
}
