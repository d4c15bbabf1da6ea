import { answerReuse } from '../../gateway/public-answer-cache';
import type { BenchOperation } from './contract-questions';
import { requestBody } from './load';

/**
 * The operations whose answers the gateway keeps (public, or private for the same caller, as the
 * benchmark's one caller; `max-age` above 0), asked once each.
 * A kept answer is served before the operation queue, so these never wait for a turn: the queue
 * is drained at the rate of the others alone.
 */
export async function keptOperations(url: string, headers: Record<string, string>, operations: BenchOperation[]): Promise<Set<string>> {
  const kept = new Set<string>();
  for (const operation of operations) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: requestBody(operation, 0, 'query') });
    await response.arrayBuffer();
    if (response.status === 200 && answerReuse(response.headers.get('cache-control') ?? undefined) !== null) kept.add(operation.name);
  }
  return kept;
}
