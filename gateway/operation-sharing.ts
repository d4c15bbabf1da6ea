import { hasRole } from '../lib/identity';
import type { GatewayContext } from './context';
import { namesRecordedField } from './scoped-fields';

/**
 * What never runs once for several callers: anything but a query (a mutation writes once per
 * request; a subscription or `@defer` streams), and any operation naming a field whose every read
 * goes on record with its own request id (personal data, the audit trail).
 */
const NOT_A_PLAIN_QUERY = /\b(mutation|subscription)\b|@(defer|stream)\b/;

/**
 * The key under which identical operations in flight at once run once and share the answer
 * (lib/http/graphql-handler.ts), or undefined when this one may not share: the same caller as
 * verified (identity, stated purpose, client), the same document and variables — so the same
 * answer. Like the fetcher's sharing of identical subgraph fetches, one step earlier: a request
 * that joins also skips planning, the fetches and the shaping of the answer. Nothing is kept once
 * the answer is sent.
 */
export function operationShareKey(supergraphSdl: () => string): (operation: Record<string, unknown>, context: GatewayContext) => string | undefined {
  const recorded = namesRecordedField(supergraphSdl);
  return (operation, context) => {
    const query = operation.query;
    if (typeof query !== 'string' || NOT_A_PLAIN_QUERY.test(query)) return undefined;
    // A subgraph's own question belongs to an operation that already has its turn and its answer.
    if (hasRole(context.identity, 'service')) return undefined;
    if (recorded(query)) return undefined;
    return JSON.stringify([context.identity, context.client?.name ?? null, operation]);
  };
}
