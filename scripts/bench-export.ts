/**
 * npm run bench:export -- [--workers N] [--formats csv,ndjson,parquet] [--connections workers,placements] [--out DIR]
 * How fast the gateway exports and how much memory it holds while it does: a fresh embedded
 * database seeded with N workers (1,000 by default, the demo dataset), the four subgraphs and the
 * gateway; each connection exported in full in each format through POST /export, beside the same
 * rows paged by hand through /graphql (the baseline, in the same run). The gateway's resident
 * memory is sampled every 20 ms from /proc. Writes DIR/export-report.md (default .bench/).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { startSeededStack } from './bench/seeded-stack';
import { signToken } from './lib/tokens';

const EXPORTS = [
  { name: 'workers', connection: 'workers', query: 'query BenchWorkers { workers { edges { node { id fullName sex status education province { code name } languages registeredAt } } } }' },
  { name: 'placements', connection: 'placements', query: 'query BenchPlacements { placements { edges { node { id employer jobTitle sector scheme status startDate endDate country { code name } worker { id } } } } }' },
];

/** The same selection paged by hand: what a client without the export would do. */
const byHand = (query: string, connection: string) => query.replace(/^query (\w+) \{/, 'query $1($after: String) {').replace(`${connection} {`, `${connection}(first: 100, after: $after) { pageInfo { hasNextPage endCursor }`);

function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

/** Runs `work` while sampling the process's resident memory; its peak, and what it was before. */
async function sampled<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; seconds: number; before: number; peak: number }> {
  const before = residentBytes(pid);
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, residentBytes(pid));
  }, 20);
  const started = process.hrtime.bigint();
  try {
    const result = await work();
    return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9, before, peak: Math.max(peak, residentBytes(pid)) };
  } finally {
    clearInterval(timer);
  }
}

async function exportRows(url: string, headers: Record<string, string>, query: string, format: string): Promise<{ rows: number; bytes: number }> {
  const response = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query, format }) });
  if (response.status !== 200) throw new Error(`export answered ${response.status}: ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of Readable.fromWeb(response.body! as import('node:stream/web').ReadableStream<Uint8Array>) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines += 1;
  }
  const expected = Number(response.headers.get('x-export-rows-expected'));
  // A line break ends each NDJSON row, and each CSV line but the last (the header's stands for it).
  return { rows: format === 'parquet' ? expected : lines, bytes };
}

async function pageByHand(url: string, headers: Record<string, string>, query: string, connection: string): Promise<{ rows: number; bytes: number }> {
  let after: string | null = null;
  let rows = 0;
  let bytes = 0;
  for (;;) {
    const response: Response = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { after } }) });
    const text: string = await response.text();
    bytes += text.length;
    const page: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (JSON.parse(text) as { data: Record<string, { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } }> }).data[connection]!;
    rows += page.edges.length;
    if (!page.pageInfo.hasNextPage) return { rows, bytes };
    after = page.pageInfo.endCursor;
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { workers: { type: 'string', default: '1000' }, formats: { type: 'string', default: 'csv,ndjson,parquet' }, connections: { type: 'string', default: 'workers,placements' }, out: { type: 'string', default: '.bench' } } });
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers must be a positive whole number; got ${values.workers}`);
  const formats = values.formats!.split(',');
  const chosen = values.connections!.split(',');
  const unknown = chosen.filter((name) => !EXPORTS.some((candidate) => candidate.name === name));
  if (unknown.length) throw new Error(`--connections takes ${EXPORTS.map((candidate) => candidate.name).join(', ')}; got ${unknown.join(', ')}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'satu-graf-bench-export-'));
  const secret = randomBytes(32).toString('base64url');
  const env: NodeJS.ProcessEnv = { ...process.env, AUTH_JWT_SECRET: secret, IDENTITY_SECRET: randomBytes(32).toString('base64url'), EXPORT_MAX_ROWS: String(workers * 10), LOG_LEVEL: 'warn' };
  delete env.MONGODB_URI;
  const log = (line: string) => process.stderr.write(`[bench:export] ${line}\n`);
  log(`seeding ${workers} workers and starting the stack in ${dir}`);
  const stack = await startSeededStack({ env, dataDir: path.join(dir, 'db'), logDir: dir, workers, log, seedLog: () => undefined });
  try {
    const pid = stack.processes.find((candidate) => candidate.name === 'gateway')!.child.pid!;
    const token = await signToken({ secret, sub: 'bench-export', ministry: 'KP2MI', roles: ['officer'], scope: '', expiresIn: '1h' });
    const headers = { authorization: `Bearer ${token}` };
    const exportUrl = stack.gatewayUrl.replace(/\/graphql$/, '/export');
    const lines = [`# Export benchmark: ${workers} workers seeded`, '', '| connection | how | rows | seconds | rows/s | MB sent | gateway RSS before → peak (MB) | rows/s vs paging by hand |', '|---|---|---|---|---|---|---|---|'];
    for (const { name, connection, query } of EXPORTS.filter((candidate) => chosen.includes(candidate.name))) {
      // Warm-up: plans, loaders and connections, so the first measured run is not the cold one.
      await pageByHand(stack.gatewayUrl, headers, byHand(query, connection), connection);
      const baseline = await sampled(pid, () => pageByHand(stack.gatewayUrl, headers, byHand(query, connection), connection));
      const baseRate = baseline.result.rows / baseline.seconds;
      lines.push(`| ${name} | paged by hand, JSON (baseline) | ${baseline.result.rows} | ${baseline.seconds.toFixed(2)} | ${Math.round(baseRate)} | ${mb(baseline.result.bytes)} | ${mb(baseline.before)} → ${mb(baseline.peak)} | 1.00× |`);
      for (const format of formats) {
        const run = await sampled(pid, () => exportRows(exportUrl, headers, query, format));
        const rate = run.result.rows / run.seconds;
        lines.push(`| ${name} | POST /export ${format} | ${run.result.rows} | ${run.seconds.toFixed(2)} | ${Math.round(rate)} | ${mb(run.result.bytes)} | ${mb(run.before)} → ${mb(run.peak)} | ${(rate / baseRate).toFixed(2)}× |`);
      }
    }
    const report = lines.join('\n');
    console.log(report);
    mkdirSync(values.out!, { recursive: true });
    writeFileSync(path.join(values.out!, `export-report-${workers}.md`), `${report}\n`);
  } finally {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:export: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
