/**
 * npm run bench -- [--duration S] [--rounds N] [--connections N] [--warmup S] [--op-duration S]
 *                  [--floor-samples N] [--workers N] [--out DIR] [--data-dir DIR] [--quick] [--build-peers] [--cpu-prof]
 *                  [--gateways ours,ours-ids,ours-nocache,hive,hive-rust,hive-router,apollo-router]
 *                  [--workloads gateway-bound,mix]
 *
 * Our gateway against Hive Gateway (and Hive Gateway with the Rust query planner) and the Rust
 * routers, Hive Router and Apollo Router (those built: --build-peers builds the missing ones once,
 * into .bench/peers), on the same supergraph, the same subgraphs and the same embedded database,
 * in one run: identical answers
 * first, then the floor the subgraphs set, then two workloads in alternating rounds, then each
 * operation alone. Writes report.json and report.md (git-ignored) and prints the table and the
 * ratio lines, among them ours asked by document id against ours asked with full documents.
 * --cpu-prof: each of our gateways writes V8 CPU profiles of the whole run into <out>/profiles/<name>.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { acknowledgeSubgraphEnforcedSecurity } from '../gateway/supergraph-file';
import { SUBGRAPHS } from '../subgraphs/catalog';
import type { BenchOperation } from './bench/contract-questions';
import { replay, startCaptureProxies, waves } from './bench/floor';
import { gatewaySpecs, startGateway, type GatewayUnderTest } from './bench/gateways';
import { APOLLO_ROUTER_LESS_WORK } from './bench/peers/apollo-router';
import { availablePeers, isPeer } from './bench/peers/availability';
import { load, percentile, requestBody, type Sends } from './bench/load';
import { cpuMs, peakRssMb, procAvailable } from './bench/process-stats';
import { add, documentIdLines, emptyMeasured, figures, markdown, summaryLines, type FloorRow, type Measured, type Report } from './bench/report';
import { readSamples } from './bench/samples';
import { workloads } from './bench/workloads';
import { startSeededStack } from './bench/seeded-stack';
import { quickOrNormal } from './bench/settings';
import { settle } from './bench/settle';
import { SUPERGRAPH_PATH } from './lib/composition';
import { ROOT } from './lib/root';
import type { RunningStack } from './lib/stack';
import { signToken } from './lib/tokens';
import { DEMO_PURPOSE } from './lib/demo-purposes';

const log = (line: string) => console.error(`[bench] ${line}`);

const ALL_GATEWAYS = 'ours,ours-ids,ours-nocache,hive,hive-rust,hive-router,apollo-router';
/** Sets of variables each operation is asked with before it is measured alone: the samples hold at most 100 ids of a kind. */
const WARM_VARIABLE_SETS = 100;
/** Longest wait for the stack to go quiet after a warm-up. */
const WARM_SETTLE_MAX_MS = 5_000;

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string' },
    rounds: { type: 'string' },
    connections: { type: 'string' },
    warmup: { type: 'string' },
    'op-duration': { type: 'string' },
    'floor-samples': { type: 'string' },
    workers: { type: 'string' },
    gateways: { type: 'string' },
    workloads: { type: 'string' },
    out: { type: 'string' },
    'data-dir': { type: 'string' },
    quick: { type: 'boolean', default: false },
    'build-peers': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
  },
});

const count = quickOrNormal(args.quick);

const settings = {
  duration: count('duration', args.duration, 10, 1),
  rounds: count('rounds', args.rounds, 3, 1),
  connections: count('connections', args.connections, 8, 2),
  warmup: count('warmup', args.warmup, 5, 1),
  opDuration: count('op-duration', args['op-duration'], 3, 1),
  floorSamples: count('floor-samples', args['floor-samples'], 20, 2),
  workers: count('workers', args.workers, 1000, 200),
};
const outDir = path.resolve(args.out ?? path.join(ROOT, '.bench'));
// The quick round keeps its small dataset apart, so the full benchmark's stays as documented.
const dataDir = path.resolve(args['data-dir'] ?? path.join(ROOT, '.data', args.quick ? 'bench-quick-ferretdb' : 'bench-ferretdb'));

/** Canonical JSON: object keys sorted, so answers compare whatever order a gateway writes keys in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

async function post(url: string, headers: Record<string, string>, operation: BenchOperation, n: number, sends: Sends = 'query'): Promise<{ ms: number; body: any }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: requestBody(operation, n, sends) });
  const body = await response.json();
  return { ms: performance.now() - started, body };
}

/** What the benchmark's databases hold, counted (the audit trail left out: it grows with every run). */
async function datasetCounts(mongodbUri: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entry of SUBGRAPHS) {
    const connection = await mongoose.createConnection(mongodbUri, { dbName: entry.databaseName }).asPromise();
    try {
      for (const { name } of await connection.db!.listCollections().toArray()) {
        if (name !== 'audit_entries') counts[`${entry.name} ${name.replace(/_/g, ' ')}`] = await connection.db!.collection(name).countDocuments();
      }
    } finally {
      await connection.close();
    }
  }
  return counts;
}

/** The supergraph the gateways share, routed to this run's subgraph ports. */
function benchSupergraph(stack: RunningStack): string {
  let sdl = acknowledgeSubgraphEnforcedSecurity(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  for (const [name, url] of Object.entries(stack.subgraphUrls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  const file = path.join(outDir, 'supergraph.graphql');
  writeFileSync(file, sdl);
  return file;
}

async function main(): Promise<void> {
  if (!procAvailable()) throw new Error('the benchmark reads CPU time and memory from /proc, which this system does not have (Linux only)');
  mkdirSync(path.join(outDir, 'logs'), { recursive: true });
  const startedAt = new Date().toISOString();
  const secrets = { AUTH_JWT_SECRET: randomBytes(32).toString('base64url'), IDENTITY_SECRET: randomBytes(32).toString('base64url') };
  const env: NodeJS.ProcessEnv = { ...process.env, ...secrets, LOG_LEVEL: 'warn', NODE_ENV: 'production', MONGODB_URI: '' };
  for (const s of SUBGRAPHS) delete env[`${s.envPrefix}_MONGODB_URI`];
  const wanted = new Set((args.gateways ?? ALL_GATEWAYS).split(','));
  // Before the stack starts: building a peer takes minutes, with nothing else to wait for it.
  const peers = await availablePeers(wanted, args['build-peers'], log);

  log(`starting the embedded database (${dataDir}), seeding ${settings.workers} workers if they are not there, and the four subgraphs`);
  const stack = await startSeededStack({ env, dataDir, logDir: path.join(outDir, 'logs'), workers: settings.workers, log, gateway: false });
  const gateways: GatewayUnderTest[] = [];
  const stopAll = async () => {
    for (const gateway of gateways) await gateway.stop();
    await stack.stop();
  };
  // Hive Gateway does not watch its parent: stop everything on a signal rather than leave it running.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll().then(() => process.exit(130)));
  try {
    const supergraphPath = benchSupergraph(stack);
    const token = await signToken({ secret: secrets.AUTH_JWT_SECRET, sub: 'bench-officer', ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', expiresIn: '2h' });
    const headers = { authorization: `Bearer ${token}`, 'x-purpose-code': DEMO_PURPOSE.KP2MI, 'x-purpose': 'gateway benchmark' };
    // The samples and the readiness check are ad-hoc questions, which the officer may not ask ours.
    const analyst = { authorization: `Bearer ${await signToken({ secret: secrets.AUTH_JWT_SECRET, sub: 'bench-analyst', ministry: 'KP2MI', roles: ['analyst'], scope: '', expiresIn: '2h' })}` };
    const notes: string[] = [...peers.notes];
    for (const spec of gatewaySpecs().filter((s) => wanted.has(s.name) && !peers.skipped.has(s.name))) {
      log(`starting ${spec.label}`);
      try {
        gateways.push(await startGateway(spec, env, supergraphPath, path.join(outDir, 'logs'), analyst, args['cpu-prof'] ? path.join(outDir, 'profiles') : undefined));
        if (spec.name === 'apollo-router') notes.push(APOLLO_ROUTER_LESS_WORK);
      } catch (err) {
        if (spec.name !== 'hive-rust' && !isPeer(spec.name)) throw err;
        notes.push(`${spec.label} does not run on this machine, so it is not compared: ${(err as Error).message}`);
        log(notes.at(-1)!);
      }
    }
    // The reference every answer is compared with: ours, or the first of our variants asked for.
    const ours = gateways.find((g) => g.name === 'ours') ?? gateways.find((g) => g.name.startsWith('ours'));
    if (!ours) throw new Error('--gateways must include ours, ours-ids or ours-nocache');
    const samples = await readSamples(ours.url, analyst);
    const suites = workloads(samples).filter((workload) => !args.workloads || args.workloads.split(',').includes(workload.name));
    if (suites.length === 0) throw new Error(`--workloads names none of: ${workloads(samples).map((w) => w.name).join(', ')}`);

    // 1. Identical answers, or no figures at all.
    log('checking that every gateway answers every operation identically');
    const mismatches: string[] = [];
    for (const operation of suites.flatMap((w) => w.operations)) {
      for (let n = 0; n < 5; n++) {
        const answers = await Promise.all(gateways.map((g) => post(g.url, g.headers(headers), operation, n, g.sends)));
        const reference = canonical(answers[0]!.body);
        if (answers[0]!.body.errors) mismatches.push(`${operation.name} (variables #${n}): ours answered with errors: ${JSON.stringify(answers[0]!.body.errors).slice(0, 300)}`);
        answers.forEach((answer, index) => {
          if (canonical(answer.body) !== reference) mismatches.push(`${operation.name} (variables #${n}): ${gateways[index]!.name} differs from ours: ${canonical(answer.body).slice(0, 300)}`);
        });
      }
    }

    const report: Report = {
      startedAt,
      machine: { cpus: os.availableParallelism(), node: process.version },
      settings: { ...settings, quick: args.quick },
      dataset: await datasetCounts(stack.mongodbUri),
      gateways: gateways.map((g) => ({ name: g.name, label: g.label, peakRssMb: 0 })),
      notes,
      mismatches,
      workloads: {},
      operations: {},
      floor: [],
    };
    const finish = (exitCode: number) => {
      for (const g of report.gateways) g.peakRssMb = peakRssMb(gateways.find((x) => x.name === g.name)!.pid);
      const md = markdown(report);
      const has = (name: string) => report.gateways.some((g) => g.name === name);
      const lines = summaryLines(report, 'ours', 'hive');
      const rust = has('hive-rust') ? summaryLines(report, 'ours', 'hive-rust') : [];
      const uncached = has('ours-nocache') ? summaryLines(report, 'ours-nocache', 'hive') : [];
      const ids = has('ours-ids') ? documentIdLines(report, 'ours', 'ours-ids') : [];
      const routers = (['hive-router', 'apollo-router'] as const).filter(has).flatMap((peer) => [
        ...summaryLines(report, 'ours', peer),
        ...(has('ours-nocache') ? summaryLines(report, 'ours-nocache', peer) : []),
      ]);
      writeFileSync(path.join(outDir, 'report.json'), JSON.stringify(report, null, 2));
      const summary = [...ids, ...uncached, ...rust, ...routers, ...lines];
      writeFileSync(path.join(outDir, 'report.md'), `${md}\n${summary.join('\n')}\n`);
      console.log(md);
      for (const line of summary) console.log(line);
      return exitCode;
    };
    if (mismatches.length > 0) {
      for (const mismatch of mismatches) log(`MISMATCH ${mismatch}`);
      return void (process.exitCode = finish(1));
    }

    // 2. The floor, through recording proxies, and each gateway's latency over the same variables.
    log('measuring the floor: each operation\'s subgraph fetches, called directly');
    const proxies = await startCaptureProxies(stack.subgraphUrls, secrets.IDENTITY_SECRET);
    const captureEnv = { ...env, ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, proxies.urls[s.name]!])) };
    // Without the answer cache: a kept answer makes no fetches, and its check of the write versions is not a fetch of the plan.
    const uncached = gatewaySpecs().find((spec) => spec.name === 'ours-nocache')!;
    const capturer = await startGateway({ ...uncached, name: 'capture', label: 'ours, through recording proxies' }, captureEnv, supergraphPath, path.join(outDir, 'logs'), analyst);
    try {
      for (const operation of suites.flatMap((w) => w.operations)) {
        const plans = [];
        for (let n = 0; n < settings.floorSamples; n++) {
          proxies.take();
          await post(capturer.url, headers, operation, n);
          plans.push(waves(proxies.take()));
        }
        const floor = [];
        for (const plan of plans) floor.push(await replay(plan, secrets.IDENTITY_SECRET));
        const gatewaysP50Ms: Record<string, number> = {};
        for (const gateway of gateways) {
          const times = [];
          for (let n = 0; n < settings.floorSamples; n++) times.push((await post(gateway.url, gateway.headers(headers), operation, n, gateway.sends)).ms);
          gatewaysP50Ms[gateway.name] = percentile(times, 50);
        }
        const row: FloorRow = { operation: operation.name, floorP50Ms: percentile(floor, 50), gatewaysP50Ms, fetches: plans[0]!.flat().length, waves: plans[0]!.length };
        report.floor.push(row);
      }
    } finally {
      await capturer.stop();
      await proxies.stop();
    }

    const pids = { subgraphs: stack.processes.map((p) => p.child.pid!), database: stack.database?.process.pid };
    const measure = async (gateway: GatewayUnderTest, operations: BenchOperation[], seconds: number) => {
      const before = { gateway: cpuMs(gateway.pid), subgraphs: pids.subgraphs.reduce((sum, pid) => sum + cpuMs(pid), 0), database: pids.database ? cpuMs(pids.database) : 0 };
      const result = await load(gateway.url, gateway.headers(headers), operations, seconds, settings.connections, gateway.sends);
      const cpu = {
        gateway: cpuMs(gateway.pid) - before.gateway,
        subgraphs: pids.subgraphs.reduce((sum, pid) => sum + cpuMs(pid), 0) - before.subgraphs,
        database: (pids.database ? cpuMs(pids.database) : 0) - before.database,
      };
      return { result, cpu };
    };

    /**
     * Asks an operation with each of its first sets of variables, unmeasured, before a round of the
     * workloads and before it is measured alone: what the subgraphs keep by write version (a
     * worker's references, counts) is then kept for every gateway, instead of filled at the cost of
     * whichever is measured first.
     */
    const warm = async (gateway: GatewayUnderTest, operation: BenchOperation) => {
      let next = 0;
      const ask = async () => {
        for (let n = next++; n < WARM_VARIABLE_SETS; n = next++) {
          const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...gateway.headers(headers) }, body: requestBody(operation, n, gateway.sends) });
          await response.arrayBuffer();
        }
      };
      await Promise.all(Array.from({ length: settings.connections }, ask));
      // What the warm-up left to finish (audit entries of personal reads) must not weigh on the first gateway measured.
      await settle([gateway.pid, ...pids.subgraphs, ...(pids.database ? [pids.database] : [])], WARM_SETTLE_MAX_MS);
    };

    // 3. Warm-up, then the workloads in rounds, the gateways taking turns.
    log(`warming up: ${settings.warmup} s per gateway and workload`);
    for (const workload of suites) for (const gateway of gateways) await measure(gateway, workload.operations, settings.warmup);
    const totals: Record<string, Record<string, Measured>> = {};
    for (let round = 1; round <= settings.rounds; round++) {
      const order = round % 2 === 1 ? gateways : [...gateways].reverse();
      for (const workload of suites) {
        // What the subgraphs keep by write version lasts a minute: filled again before each round's
        // first turn, so the gateway that opens a round does not pay for it.
        for (const operation of workload.operations) await warm(order[0]!, operation);
        for (const gateway of order) {
          const { result, cpu } = await measure(gateway, workload.operations, settings.duration);
          add(((totals[workload.name] ??= {})[gateway.name] ??= emptyMeasured()), result, cpu);
          log(`round ${round}/${settings.rounds} ${workload.name} ${gateway.name}: ${(result.requests / result.seconds).toFixed(1)} req/s, ${result.errors} errors`);
          for (const op of result.operations) if (op.firstError) log(`  ${op.name}: ${op.errors} failed, the first with ${op.firstError}`);
        }
      }
    }
    for (const [workload, byGateway] of Object.entries(totals)) {
      report.workloads[workload] = Object.fromEntries(Object.entries(byGateway).map(([name, m]) => [name, figures(m)]));
    }

    // 4. Each operation alone, for its own CPU per request (left out of a --quick run).
    if (args.quick) notes.push('--quick: a tiny run to check the benchmark works; its figures mean little, and operations are not measured alone');
    else log(`each operation alone: ${settings.opDuration} s per gateway`);
    for (const operation of args.quick ? [] : suites.flatMap((w) => w.operations)) {
      await warm(gateways[0]!, operation);
      const byGateway: Record<string, Measured> = {};
      for (const gateway of gateways) {
        const { result, cpu } = await measure(gateway, [operation], settings.opDuration);
        add((byGateway[gateway.name] = emptyMeasured()), result, cpu);
        for (const op of result.operations) if (op.firstError) log(`${operation.name} alone, ${gateway.name}: ${op.errors} failed, the first with ${op.firstError}`);
      }
      report.operations[operation.name] = Object.fromEntries(Object.entries(byGateway).map(([name, m]) => [name, figures(m)]));
    }

    const errors = Object.values(report.workloads).flatMap((byGateway) => Object.values(byGateway)).reduce((sum, f) => sum + f.errors, 0);
    process.exitCode = finish(errors > 0 ? 1 : 0);
    if (errors > 0) log(`${errors} requests failed during the run`);
    log(`report written to ${path.join(outDir, 'report.md')} and report.json`);
  } finally {
    await stopAll();
  }
}

main().catch((err: unknown) => {
  console.error(`bench failed: ${(err as Error).message}`);
  process.exit(1);
});
