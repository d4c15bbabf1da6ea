/**
 * npm run soak -- [--minutes M] [--fraction F] [--reload-every S] [--capacity-seconds S]
 *                 [--capacity-connections N] [--warmup S] [--row-seconds S] [--workload all|mix|gateway-bound]
 *                 [--workers N] [--out DIR] [--data-dir DIR] [--strict]
 *
 * A soak of the whole system: the embedded database, the four subgraphs and our gateway started
 * as the benchmark starts them, each Node process with its inspector open on 127.0.0.1. Measures
 * the capacity of the benchmark's operations (closed loop, saturated), then sends them at a fixed
 * fraction of it for M minutes while the gateway's supergraph file is swapped every S seconds,
 * and reports per minute the traffic, the reloads and each process's RSS and heap after a full
 * garbage collection, with a verdict per process on whether its heap grows. Writes
 * soak-report.md and soak-report.json (git-ignored) and prints the report.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SUBGRAPHS } from '../subgraphs/catalog';
import type { BenchOperation } from './bench/contract-questions';
import { gatewaySpecs } from './bench/gateways';
import { load, percentile } from './bench/load';
import { procAvailable } from './bench/process-stats';
import { readSamples } from './bench/samples';
import { steadyLoad, type RowTraffic } from './bench/soak-load';
import { inspectProcess, rssMb, withInspector, type InspectedProcess } from './bench/soak-memory';
import { reportLines, soakTotals, trend, TREND_RULE_TEXT, type ProcessMemory, type SoakRow } from './bench/soak-report';
import { alternateSupergraphs, swapSupergraph, type ReloadAttempt } from './bench/soak-supergraph';
import { workloads } from './bench/workloads';
import { startSeededStack } from './bench/seeded-stack';
import { SUPERGRAPH_PATH } from './lib/composition';
import { ROOT } from './lib/root';
import { signToken } from './lib/tokens';
import { DEMO_PURPOSE } from './lib/demo-purposes';

const log = (line: string) => console.error(`[soak] ${line}`);

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    fraction: { type: 'string', default: '0.5' },
    'reload-every': { type: 'string', default: '60' },
    'capacity-seconds': { type: 'string', default: '20' },
    'capacity-connections': { type: 'string', default: '8' },
    warmup: { type: 'string', default: '5' },
    'row-seconds': { type: 'string', default: '60' },
    workload: { type: 'string', default: 'all' },
    workers: { type: 'string', default: '1000' },
    out: { type: 'string' },
    'data-dir': { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});

function positive(name: string, given: string): number {
  const value = Number(given);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number; got "${given}"`);
  return value;
}

const settings = {
  minutes: positive('minutes', args.minutes),
  fraction: positive('fraction', args.fraction),
  reloadEverySeconds: positive('reload-every', args['reload-every']),
  capacitySeconds: positive('capacity-seconds', args['capacity-seconds']),
  capacityConnections: Math.round(positive('capacity-connections', args['capacity-connections'])),
  warmupSeconds: positive('warmup', args.warmup),
  rowSeconds: positive('row-seconds', args['row-seconds']),
  workload: args.workload,
  workers: Math.round(positive('workers', args.workers)),
};
if (!['all', 'mix', 'gateway-bound'].includes(settings.workload)) throw new Error(`--workload must be all, mix or gateway-bound; got "${settings.workload}"`);
const outDir = path.resolve(args.out ?? path.join(ROOT, '.bench'));
const logDir = path.join(outDir, 'soak-logs');
const dataDir = path.resolve(args['data-dir'] ?? path.join(ROOT, '.data', 'soak-ferretdb'));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Capacity {
  seconds: number;
  connections: number;
  requests: number;
  /** Answers without errors per second. */
  reqPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/**
 * The operations in a closed loop on as many connections as the benchmark's, which keep the
 * gateway's four operations busy. Only answers without errors count: a saturated gateway refuses
 * what would wait too long (503), and a refusal is quick.
 */
async function measureCapacity(url: string, headers: Record<string, string>, operations: BenchOperation[]): Promise<Capacity> {
  await load(url, headers, operations, settings.warmupSeconds, settings.capacityConnections);
  const measured = await load(url, headers, operations, settings.capacitySeconds, settings.capacityConnections);
  return {
    seconds: measured.seconds,
    connections: settings.capacityConnections,
    requests: measured.requests,
    reqPerSecond: Math.max(0, measured.requests - measured.errors) / measured.seconds,
    p50Ms: percentile(measured.latencies, 50),
    p99Ms: percentile(measured.latencies, 99),
    errors: measured.errors,
  };
}

/**
 * Swaps the supergraph every --reload-every s, halfway between the rows' memory samples, until
 * the load ends; each attempt is pushed to `reloads` as it starts. None starts in the last two
 * seconds: a swap is confirmed while the load runs.
 */
async function swapEvery(file: string, texts: [string, string], readyUrl: string, seconds: number, reloads: ReloadAttempt[], signal: AbortSignal): Promise<void> {
  const started = performance.now();
  for (let k = 0; ; k++) {
    const atSeconds = settings.reloadEverySeconds * (k + 0.5);
    if (atSeconds > seconds - 2) return;
    await sleep(started + atSeconds * 1000 - performance.now());
    if (signal.aborted) return;
    const attempt: ReloadAttempt = { atSeconds: (performance.now() - started) / 1000 };
    reloads.push(attempt);
    try {
      attempt.ms = await swapSupergraph(file, texts, readyUrl);
    } catch (err) {
      attempt.error = (err as Error).message;
      log(`reload ${reloads.length} failed: ${attempt.error}`);
    }
  }
}

async function main(): Promise<void> {
  if (!procAvailable()) throw new Error('the soak reads memory from /proc, which this system does not have (Linux only)');
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const startedAt = new Date().toISOString();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'satu-soak-'));
  const supergraphFile = path.join(folder, 'supergraph.graphql');
  const texts = alternateSupergraphs(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  writeFileSync(supergraphFile, texts[0]);

  const secrets = { AUTH_JWT_SECRET: randomBytes(32).toString('base64url'), IDENTITY_SECRET: randomBytes(32).toString('base64url') };
  const ours = gatewaySpecs().find((spec) => spec.name === 'ours')!;
  // LOG_LEVEL info: the gateway logs each reload, which the report counts beside /health/ready's.
  const env: NodeJS.ProcessEnv = { ...process.env, ...secrets, ...ours.env, LOG_LEVEL: 'info', NODE_ENV: 'production', MONGODB_URI: '', SUPERGRAPH_PATH: supergraphFile, NODE_OPTIONS: withInspector(process.env.NODE_OPTIONS) };
  delete env.SUPERGRAPH_URL;
  // The operation queue as deployed: its defaults, not the benchmark's tuning.
  delete env.MAX_CONCURRENT_OPERATIONS;
  for (const s of SUBGRAPHS) delete env[`${s.envPrefix}_MONGODB_URI`];

  log(`starting the embedded database (${dataDir}), seeding ${settings.workers} workers if they are not there, the four subgraphs and the gateway (logs in ${logDir})`);
  const stack = await startSeededStack({ env, dataDir, logDir, workers: settings.workers, log }).catch((err: unknown) => {
    rmSync(folder, { recursive: true, force: true });
    throw err;
  });
  const inspected: InspectedProcess[] = [];
  const abort = new AbortController();
  let stopping = false;
  const crashed: string[] = [];
  const stopAll = async () => {
    stopping = true;
    abort.abort();
    // Node does not exit while a debugger is attached: detach first.
    for (const probe of inspected) probe.close();
    await stack.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll().then(() => process.exit(130)));
  // A process that exits during the run ends it: its figures would stop meaning anything.
  for (const proc of stack.processes) {
    void proc.exited.then((how) => {
      if (stopping) return;
      crashed.push(`${proc.name} exited (${how})`);
      abort.abort();
    });
  }
  try {
    const processes = [...stack.processes.filter((p) => p.name === 'gateway'), ...stack.processes.filter((p) => p.name !== 'gateway')];
    for (const proc of processes) inspected.push(await inspectProcess(proc.name, proc.child.pid!, path.join(logDir, `${proc.name}.log`)));
    const databasePid = stack.database?.process.pid;
    const sampleMemory = async (): Promise<ProcessMemory[]> => {
      // RSS as the process holds it in use, read before the collection the heap figure forces.
      const memory = await Promise.all(inspected.map(async (p) => ({ name: p.name, rssMb: rssMb(p.pid), heapMb: await p.heapAfterGcMb().catch(() => NaN) })));
      return databasePid === undefined ? memory : [...memory, { name: 'database', rssMb: rssMb(databasePid) }];
    };

    const tokenLifetime = `${Math.ceil(settings.minutes) + 60}m`;
    const token = await signToken({ secret: secrets.AUTH_JWT_SECRET, sub: 'soak-officer', ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', expiresIn: tokenLifetime });
    const headers = { authorization: `Bearer ${token}`, 'x-purpose-code': DEMO_PURPOSE.KP2MI, 'x-purpose': 'gateway soak' };
    // The samples are an ad-hoc question, which the officer may not ask in TRUSTED_DOCUMENTS=enforce.
    const analyst = await signToken({ secret: secrets.AUTH_JWT_SECRET, sub: 'soak-analyst', ministry: 'KP2MI', roles: ['analyst'], scope: '', expiresIn: '1h' });
    const suites = workloads(await readSamples(stack.gatewayUrl, { authorization: `Bearer ${analyst}` }));
    const operations = suites.filter((w) => settings.workload === 'all' || w.name === settings.workload).flatMap((w) => w.operations);

    // 1. Capacity, 2. the steady load at a fraction of it, 3. the supergraph swapped every --reload-every s, 4. a row per minute.
    log(`warming up for ${settings.warmupSeconds} s, then measuring capacity: ${operations.length} operations in turn, ${settings.capacityConnections} connections, ${settings.capacitySeconds} s`);
    const capacity = await measureCapacity(stack.gatewayUrl, headers, operations);
    const rate = Math.max(1, Math.round(capacity.reqPerSecond * settings.fraction));
    const capacityLine = `Capacity: ${capacity.reqPerSecond.toFixed(1)} req/s answered without error (closed loop, ${capacity.connections} connections, ${capacity.seconds.toFixed(0)} s; p50 ${capacity.p50Ms.toFixed(0)} ms, p99 ${capacity.p99Ms.toFixed(0)} ms; ${capacity.errors} errors, not counted against the run; machine load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} CPUs); steady load ${rate} req/s (${settings.fraction} of it)`;
    log(capacityLine);

    const seconds = settings.minutes * 60;
    const readyUrl = new URL('/health/ready', stack.gatewayUrl).toString();
    const reloads: ReloadAttempt[] = [];
    let reloadsCounted = 0;
    const rows: SoakRow[] = [];
    const sampled: Promise<void>[] = [];
    const totalRows = Math.ceil(seconds / settings.rowSeconds - 1e-9);
    const onRow = (traffic: RowTraffic, index: number) => {
      const row: SoakRow = {
        endMinute: traffic.endSeconds / 60,
        seconds: traffic.seconds,
        requests: traffic.requests,
        errors: traffic.errors,
        failures: traffic.failures,
        reqPerSecond: traffic.requests / traffic.seconds,
        p50Ms: percentile(traffic.latencies, 50),
        p99Ms: percentile(traffic.latencies, 99),
        reloads: reloads.length - reloadsCounted,
        loadAverage: os.loadavg()[0]!,
        memory: [],
      };
      reloadsCounted = reloads.length;
      for (const failure of traffic.failures) log(`failed: ${failure}`);
      rows[index] = row;
      sampled.push(
        sampleMemory().then((memory) => {
          row.memory = memory;
          const heaps = memory.map((m) => `${m.name} ${m.rssMb.toFixed(0)}${m.heapMb === undefined ? '' : `/${m.heapMb.toFixed(1)}`}`).join(', ');
          log(`row ${index + 1}/${totalRows} (${row.endMinute.toFixed(2)} min): ${row.reqPerSecond.toFixed(1)} req/s, p50 ${row.p50Ms.toFixed(0)} ms, p99 ${row.p99Ms.toFixed(0)} ms, errors ${row.errors}, reloads ${row.reloads}; MB RSS/heap after GC: ${heaps}`);
        }),
      );
    };
    const swapping = swapEvery(supergraphFile, texts, readyUrl, seconds, reloads, abort.signal);
    log(`steady load: ${rate} req/s for ${settings.minutes} min, the supergraph swapped every ${settings.reloadEverySeconds} s, a row every ${settings.rowSeconds} s`);
    await steadyLoad({ url: stack.gatewayUrl, headers, operations, ratePerSecond: rate, seconds, rowSeconds: settings.rowSeconds, onRow, signal: abort.signal });
    await swapping;
    await Promise.all(sampled);

    const totals = soakTotals(rows, reloads, readFileSync(path.join(logDir, 'gateway.log'), 'utf8'), rate);
    const trends = rows[0]!.memory.map((m) => trend(rows, m.name));
    const failed = totals.errors > 0 || totals.failedReloads > 0 || crashed.length > 0;
    const growing = trends.filter((t) => t.growing).map((t) => t.name);
    const exitCode = failed || (args.strict && growing.length > 0) ? 1 : 0;
    const lines = reportLines({ reloadEverySeconds: settings.reloadEverySeconds, capacityLine, rate, rows, trends, totals, crashed, failed, strict: args.strict });
    const report = { startedAt, machine: { cpus: os.availableParallelism(), node: process.version }, settings: { ...settings, strict: args.strict }, capacity, rate, rows, reloads, trends, trendRule: TREND_RULE_TEXT, totals, crashed, exitCode };
    writeFileSync(path.join(outDir, 'soak-report.json'), JSON.stringify(report, null, 2));
    writeFileSync(path.join(outDir, 'soak-report.md'), `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
    log(`report written to ${path.join(outDir, 'soak-report.md')} and soak-report.json`);
    process.exitCode = exitCode;
  } finally {
    await stopAll();
  }
}

main().catch((err: unknown) => {
  console.error(`soak failed: ${(err as Error).message}`);
  process.exit(1);
});
