import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';

/**
 * The whole-answer cache for public data. An answer is cached only when every field it
 * selects carries a cache hint from its subgraph (`@cacheControl`, merged by the gateway from
 * the subgraphs' Cache-Control headers) and it has no error; fields that depend on who asks
 * (workers, names, personal data, statistics, audit) have none, so such an answer is never
 * cached. There is no per-session cache: nothing private is ever stored. Mutations are never
 * cached.
 */
export function publicResponseCache<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return responseCachePlugin<TContext>({ sessionId: async () => null });
}
