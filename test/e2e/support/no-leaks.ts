import os from 'node:os';
import { ROOT } from '../../../scripts/lib/root';
import { stackInfo } from './stack-info';

/**
 * Every answer any end-to-end test receives, from the gateway or a subgraph, whatever it asked
 * and whichever error path it took, is checked here for what must never leave a process: a
 * stack trace, a file of this checkout or of Node, the address of a subgraph or the database.
 * Installed for every e2e test file (jest `setupFilesAfterEnv`), over the global fetch that
 * graphql-request and the tests' own requests use, so no error path is left out.
 */
function leaksIn(text: string): string[] {
  const { subgraphUrls, mongodbUri, dir } = stackInfo();
  const internalAddresses = [...Object.values(subgraphUrls).map((url) => new URL(url).host), new URL(mongodbUri).host];
  const found: string[] = [];
  if (/stacktrace/i.test(text)) found.push('a stacktrace');
  if (/\n\s+at \S+ \(|\bat (?:async )?\S+ \((?:\/|node:|file:)/.test(text) || /\\n\s+at /.test(text)) found.push('stack frames');
  for (const place of [ROOT, dir, os.tmpdir(), 'node_modules', 'node:internal', 'file://']) if (text.includes(place)) found.push(`the path ${place}`);
  for (const address of internalAddresses) if (text.includes(address)) found.push(`the internal address ${address}`);
  return found;
}

const realFetch = globalThis.fetch;

globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const response = await realFetch(input, init);
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json') && !type.startsWith('text/plain')) return response;
  const found = leaksIn(await response.clone().text());
  if (found.length > 0) throw new Error(`the answer to ${init?.method ?? 'GET'} ${String(input instanceof Request ? input.url : input)} leaks ${found.join(', ')}`);
  return response;
};
