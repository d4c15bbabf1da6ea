import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { supergraphHash } from '../../gateway/supergraph-file';

/**
 * Two supergraphs the soak's gateway alternates between: the committed one, and the same with
 * one description changed. The second is another API schema (the explorer shows the change) with
 * another hash, so each swap is a whole reload (a new schema, query planner and data sources),
 * while every registered document runs on either.
 */
export function alternateSupergraphs(committed: string): [string, string] {
  const first = /^"""(.+)"""$/m.exec(committed);
  if (!first) throw new Error('the supergraph has no one-line description to change');
  const second = committed.replace(first[0], `"""${first[1]} (soak: second text)"""`);
  return [committed, second];
}

/** As a deploy replaces a file: written beside it, then renamed over it. */
export function replaceFile(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** One swap of the soak: when it started (seconds into the load), and how long it took to be served, or why it was not. */
export interface ReloadAttempt {
  atSeconds: number;
  ms?: number;
  error?: string;
}

interface ServedSupergraph {
  sha256: string;
  loadedAt: string;
}

/** What the gateway's `/health/ready` says it serves (its answer is 503 while a subgraph is unready, with the same details). */
export async function servedSupergraph(readyUrl: string): Promise<ServedSupergraph> {
  const response = await fetch(readyUrl, { signal: AbortSignal.timeout(5000) });
  const body = (await response.json()) as { supergraph?: ServedSupergraph };
  if (!body.supergraph) throw new Error(`${readyUrl} did not say which supergraph it serves`);
  return body.supergraph;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Replaces the gateway's supergraph file with whichever of `texts` it does not serve, and waits
 * until `/health/ready` reports that text's hash with a later `loadedAt`: the milliseconds that
 * took, or an error after `timeoutMs`.
 */
export async function swapSupergraph(file: string, texts: [string, string], readyUrl: string, timeoutMs = 30_000): Promise<number> {
  const before = await servedSupergraph(readyUrl);
  const text = supergraphHash(texts[0]) === before.sha256 ? texts[1] : texts[0];
  const sha256 = supergraphHash(text);
  const started = performance.now();
  replaceFile(file, text);
  let served = before;
  while (performance.now() - started < timeoutMs) {
    await sleep(50);
    served = await servedSupergraph(readyUrl).catch(() => served);
    if (served.sha256 === sha256 && Date.parse(served.loadedAt) > Date.parse(before.loadedAt)) return performance.now() - started;
  }
  throw new Error(`the gateway did not take the new supergraph within ${timeoutMs} ms (still serving ${served.sha256.slice(0, 12)}…)`);
}
