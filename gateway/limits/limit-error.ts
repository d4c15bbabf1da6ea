import { GraphQLError } from 'graphql';

/** The codes of the query limits, one per limit, as clients see them in `extensions.code`. */
export const LIMIT_CODES = ['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'QUERY_TOO_COSTLY', 'TOO_MANY_TOKENS'] as const;

export type LimitCode = (typeof LIMIT_CODES)[number];

/** An operation refused before any subgraph is called: 400, with the limit and the value found. */
export function limitError(code: LimitCode, message: string, limit: number, found?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, ...(found === undefined ? {} : { found }), http: { status: 400 } } });
}
