/**
 * npm run export -- --query FILE.graphql [--variables JSON] [--format csv|ndjson|parquet] --out FILE
 *   [--url URL] [--token JWT] [--purpose-code CODE] [--purpose TEXT] [--operation NAME] [--path KEYS] [--lists join|unwind]
 * Every row of one connection or statistics list of the query's answer, through the gateway's
 * `POST /export` (README, "Exports"), written to FILE with a progress bar on stderr.
 */
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';

const USAGE = 'Usage: npm run export -- --query FILE.graphql [--variables JSON] [--format csv|ndjson|parquet] --out FILE [--url http://localhost:4000/graphql] [--token JWT] [--purpose-code CODE] [--purpose TEXT] [--operation NAME] [--path KEYS] [--lists join|unwind]';

function fail(message: string, code = 2): never {
  console.error(`export: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

function parseVariables(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Said below, with the value.
  }
  return fail(`--variables must be a JSON object; got ${text}`);
}

/** The export endpoint beside the GraphQL one: `http://host:4000/graphql` → `http://host:4000/export`. */
export function exportUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/[^/]*\/?$/, '/export');
  return url.toString();
}

/** Counts what passes: bytes, and lines (rows) in a text format, whose values never hold a line break the graph would accept. */
function counter(format: string, onProgress: (rows: number, bytes: number) => void): Transform & { rows: number; bytes: number } {
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted.bytes += chunk.length;
      if (format !== 'parquet') for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) counted.rows += 1;
      onProgress(counted.rows, counted.bytes);
      done(null, chunk);
    },
  }) as Transform & { rows: number; bytes: number };
  counted.rows = 0;
  counted.bytes = 0;
  return counted;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      query: { type: 'string' },
      variables: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      url: { type: 'string', default: 'http://localhost:4000/graphql' },
      token: { type: 'string' },
      purpose: { type: 'string' },
      'purpose-code': { type: 'string' },
      operation: { type: 'string' },
      path: { type: 'string' },
      lists: { type: 'string', default: 'join' },
    },
  });
  if (!values.query) fail('--query FILE.graphql is required');
  if (!values.out) fail('--out FILE is required');
  const query = await readFile(values.query, 'utf8').catch((err: NodeJS.ErrnoException) => fail(`cannot read ${values.query}: ${err.code ?? err.message}`));
  const headers: Record<string, string> = { 'content-type': 'application/json', 'apollographql-client-name': 'export-cli' };
  if (values.token) headers.authorization = `Bearer ${values.token}`;
  if (values['purpose-code']) headers['x-purpose-code'] = values['purpose-code'];
  if (values.purpose) headers['x-purpose'] = values.purpose;
  const body = { query, variables: parseVariables(values.variables), operationName: values.operation, format: values.format, lists: values.lists, path: values.path };
  const url = exportUrlOf(values.url);
  const started = Date.now();
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) }).catch((err: Error) => fail(`cannot reach ${url}: ${(err.cause as Error | undefined)?.message ?? err.message}`, 1));
  if (response.status !== 200) {
    const answer = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
    const error = answer?.errors?.[0];
    fail(error ? `${error.message} (${error.extensions?.code ?? `HTTP ${response.status}`})` : `the gateway answered HTTP ${response.status}`, 1);
  }
  const expected = Number(response.headers.get('x-export-rows-expected') ?? Number.NaN);
  const hidden = response.headers.get('x-export-hidden-columns');
  if (hidden) console.error(`export: hidden from this caller, empty in every row: ${hidden}`);
  // A line break ends each NDJSON row, and each CSV line but the last: the header's counts for the last row.
  const bar = new SingleBar({ format: 'export [{bar}] {percentage}% | {value}/{total} rows | {kb} KB | {rate} rows/s', noTTYOutput: true, notTTYSchedule: 2000, stream: process.stderr });
  const known = Number.isFinite(expected) && values.format !== 'parquet';
  bar.start(known ? expected : 0, 0, { kb: 0, rate: 0 });
  const counted = counter(values.format!, (rows, bytes) => {
    const seconds = (Date.now() - started) / 1000;
    const done = rows;
    bar.update(known ? done : 0, { kb: Math.round(bytes / 1024), rate: Math.round(done / Math.max(seconds, 0.001)) });
  });
  try {
    await pipeline(Readable.fromWeb(response.body! as import('node:stream/web').ReadableStream<Uint8Array>), counted, createWriteStream(values.out));
  } catch (err) {
    bar.stop();
    await rm(values.out, { force: true });
    fail(`the export stopped before its end (${(err as Error).message}); nothing was kept. The gateway's log says why (export id ${response.headers.get('x-export-id')})`, 1);
  }
  bar.stop();
  const seconds = (Date.now() - started) / 1000;
  const rows = values.format === 'parquet' ? expected : counted.rows;
  console.error(`export: ${Number.isFinite(rows) ? `${rows} rows, ` : ''}${counted.bytes} bytes in ${seconds.toFixed(1)} s${Number.isFinite(rows) ? ` (${Math.round(rows / seconds)} rows/s)` : ''} → ${values.out}`);
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err), 1));
