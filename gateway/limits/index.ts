import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
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
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const input = { schema, document, operation };
          checkAliases(input, limits.maxAliases);
          checkDepth(input, limits.maxDepth);
          checkCost(input, limits.maxCost, request.variables);
        },
      };
    },
  };
}
