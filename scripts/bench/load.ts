import autocannon from 'autocannon';
import type { BenchOperation } from './contract-questions';

/** What a request names its operation by: the document's text, or its id in the manifest. */
export type Sends = 'query' | 'documentId';

/** The n-th request body of an operation. */
export function requestBody(operation: BenchOperation, n: number, sends: Sends): string {
  const variables = operation.variables(n);
  return JSON.stringify(sends === 'documentId' ? { documentId: operation.documentId, variables } : { query: operation.query, variables });
}

export interface OperationLoad {
  name: string;
  requests: number;
  errors: number;
  latencies: number[];
  /** The first failed answer (status and the start of its body), so a report says what failed. */
  firstError?: string;
}

export interface LoadResult {
  seconds: number;
  requests: number;
  errors: number;
  latencies: number[];
  operations: OperationLoad[];
}

/**
 * Drives a gateway with autocannon: every connection sends the operations in turn, each with
 * the next variables of its own sequence. A response is an error when it is not HTTP 200 or
 * carries GraphQL errors. Latency is recorded per response, so each operation has its own.
 */
export async function load(url: string, headers: Record<string, string>, operations: BenchOperation[], seconds: number, connections: number, sends: Sends = 'query'): Promise<LoadResult> {
  const perOperation: OperationLoad[] = operations.map((op) => ({ name: op.name, requests: 0, errors: 0, latencies: [] }));
  const counters = operations.map(() => 0);
  const started = performance.now();
  const result = await autocannon({
    url,
    method: 'POST',
    duration: seconds,
    connections,
    headers: { 'content-type': 'application/json', ...headers },
    requests: operations.map((operation, index) => ({
      setupRequest: (request: autocannon.Request) => ({ ...request, body: requestBody(operation, counters[index]!++, sends) }),
      onResponse: (status: number, body: string) => {
        const stats = perOperation[index]!;
        stats.requests += 1;
        if (status !== 200 || body.includes('"errors"')) {
          stats.errors += 1;
          stats.firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
        }
      },
    })),
    setupClient: (client: autocannon.Client) => {
      // A connection sends the operations in order, one at a time: its n-th answer is operation n mod k.
      let sent = 0;
      client.on('response', (_status: number, _bytes: number, responseTime: number) => {
        perOperation[sent++ % operations.length]!.latencies.push(responseTime);
      });
    },
  });
  const elapsed = (performance.now() - started) / 1000;
  const all = perOperation.flatMap((op) => op.latencies);
  return {
    seconds: elapsed,
    requests: perOperation.reduce((sum, op) => sum + op.requests, 0),
    errors: perOperation.reduce((sum, op) => sum + op.errors, 0) + result.errors + result.timeouts,
    latencies: all,
    operations: perOperation,
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
