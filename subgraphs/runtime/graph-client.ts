import { GraphQLError } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import { IDENTITY_HEADER } from '../../lib/identity';

/**
 * A subgraph's way to ask the graph (through the gateway) for another ministry's data,
 * e.g. whether a worker exists: never another ministry's database.
 */
export interface GraphClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** `serviceIdentity` is this subgraph's own identity, signed: the gateway accepts it in place of a token. */
export function createGraphClient(gatewayUrl: string, requestId: string, serviceIdentity: string): GraphClient {
  const client = new GraphQLClient(gatewayUrl, { headers: { 'x-request-id': requestId, [IDENTITY_HEADER]: serviceIdentity } });
  return {
    async request<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      try {
        return await client.request<T>(query, variables);
      } catch (err) {
        const reason = err instanceof ClientError ? (err.response.errors?.[0]?.message ?? `HTTP ${err.response.status}`) : (err as Error).message;
        // The rule cannot be checked, so nothing is written: the caller may retry.
        throw new GraphQLError(`Could not check this with the graph (${reason}); nothing was written, try again`, {
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        });
      }
    },
  };
}

export interface WorkerSummary {
  id: string;
  status: string;
}

/** kp2mi's worker, as asked of the graph; null when there is no such worker. */
export async function findWorker(graph: GraphClient, id: string): Promise<WorkerSummary | null> {
  const data = await graph.request<{ worker: WorkerSummary | null }>('query SubgraphWorkerCheck($id: ID!) { worker(id: $id) { id status } }', { id });
  return data.worker;
}
