/// <reference lib="dom" />
import { ClientError } from 'graphql-request';
import { createGraphClient, type GraphClient } from '../../../clients/typescript/src';

/** The registry folder of the dashboard's operations (operations/analyst-dashboard/), sent as `apollographql-client-name`. */
export const CLIENT_NAME = 'analyst-dashboard';

/** The graph as the session's caller, sending registered documents by id only, as production requires. */
export function graphClient(graphqlUrl: string, headers: Record<string, string>): GraphClient {
  return createGraphClient({ url: graphqlUrl, headers, client: { name: CLIENT_NAME }, send: 'id' });
}

/** What went wrong, in the graph's words: its message, its `extensions.code`, and the request id a user can quote. */
export interface Problem {
  message: string;
  code?: string;
}

interface GraphError {
  message: string;
  extensions?: Record<string, unknown>;
}

export function problemOf(errors: readonly GraphError[] | undefined, status: number): Problem {
  const [first] = errors ?? [];
  if (!first) return { message: `The gateway answered HTTP ${status}` };
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
  const requestId = typeof first.extensions?.requestId === 'string' ? ` (request ${first.extensions.requestId})` : '';
  return { message: `${first.message}${requestId}`, ...(code ? { code } : {}) };
}

export function problemFrom(err: unknown): Problem {
  if (err instanceof ClientError) return problemOf(err.response.errors, err.response.status);
  // fetch rejects only when no answer came back at all.
  if (err instanceof TypeError) return { message: 'The gateway did not answer; check the connection and reload.' };
  return { message: err instanceof Error ? err.message : String(err) };
}

export const describeProblem = (problem: Problem): string => (problem.code ? `${problem.code}: ${problem.message}` : problem.message);
