/**
 * npm run bench:limits -- [--limits 1,2,4,8,16,none] [--duration S] [--rounds N] [--connections N]
 *                         [--warmup S] [--workers N] [--out DIR] [--data-dir DIR] [--quick]
 *
 * How to size the gateway's operation queue: the subgraphs and the embedded database started
 * once as `npm run bench` starts them, one gateway per MAX_CONCURRENT_OPERATIONS (waiting line
 * long enough that nothing is refused), the benchmark's database-bound mix driven closed-loop at
 * each in alternating rounds, then the gateway-bound workload at the recommended limit against
 * none. Prints a table and a recommendation, MAX_WAITING_OPERATIONS included, and writes
 * limits.json and limits.md (git-ignored).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadGatewayConfig } from '../gateway/config';
import { SUBGRAPHS } from '../subgraphs/catalog';
import { gatewaySpecs, startGateway, type GatewaySpec, type GatewayUnderTest } from './bench/gateways';
import { keptOperations } from './bench/kept-operations';
import { addRound, emptyRun, limitFigures, limitName, limitsMarkdown, parseLimits, recommend, type Limit, type LimitRun, type LimitsReport } from './bench/limits-report';
import { load } from './bench/load';
import { cpuMs, procAvailable } from './bench/process-stats';
import { writeRoutedSupergraph } from './bench/routed-supergraph';
import { settle } from './bench/settle';
import { readSamples } from './bench/samples';
import { workloads, type Workload } from './bench/workloads';
import { startSeededStack } from './bench/seeded-stack';
import { quickOrNormal } from './bench/settings';
import { ROOT } from './lib/root';
import { signToken } from './lib/tokens';
import { DEMO_PURPOSE } from './lib/demo-purposes';

const log = (line: string) => console.error(`[bench:limits] ${line}`);

const { values: args } = parseArgs({
  options: {
    limits: { type: 'string', default: '1,2,4,8,16,none' },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    connections: { type: 'string' },
    warmup: { type: 'string' },
    workers: { type: 'string' },
    out: { type: 'string' },
    'data-dir': { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});

const count = quickOrNormal(args.quick);

const limits = parseLimits(args.limits);
const settings = {
  limits: limits.map(limitName).join(','),
  // --quick: rounds long enough that a mix operation finishes in them on a busy machine.
  duration: count('duration', args.duration, 15, 3),
  rounds: count('rounds', args.rounds, 2, 1),
  connections: count('connections', args.connections, 32, 8),
  warmup: count('warmup', args.warmup, 5, 2),
  workers: count('workers', args.workers, 1000, 200),
};
const outDir = path.resolve(args.out ?? path.join(ROOT, '.bench'));
const logDir = path.join(outDir, 'limits-logs');
// A database folder of its own: `npm run bench` may be running beside it on its own.
const dataDir = path.resolve(args['data-dir'] ?? path.join(ROOT, '.data', args.quick ? 'bench-limits-quick-ferretdb' : 'bench-limits-ferretdb'));

/** Longer than any closed loop of --connections can fill, and a wait no round reaches: nothing is refused while the limits are compared. */
const WAIT_FOR_ALL = { MAX_WAITING_OPERATIONS: 10_000, MAX_OPERATION_WAIT_MS: 600_000 };

/** The gateway's request deadline (REQUEST_DEADLINE_MS): nothing left over from a round runs longer. */
const SETTLE_MAX_MS = 60_000;

/** Ours as the benchmark runs it, with one limit; checked against the gateway's own reading of its variables. */
function limitSpec(ours: GatewaySpec, limit: Limit, baseEnv: NodeJS.ProcessEnv): GatewaySpec {
  const env = { ...ours.env, MAX_CONCURRENT_OPERATIONS: limit === null ? 'off' : String(limit), ...Object.fromEntries(Object.entries(WAIT_FOR_ALL).map(([k, v]) => [k, String(v)])) };
  const read = loadGatewayConfig(SUBGRAPHS.map((s) => s.name), { ...baseEnv, ...env }).operations;
  const meant = read === null ? limit === null : read.limit === limit && read.maxWaiting === WAIT_FOR_ALL.MAX_WAITING_OPERATIONS && read.maxWaitMs === WAIT_FOR_ALL.MAX_OPERATION_WAIT_MS;
  if (!meant) throw new Error(`the gateway would read ${JSON.stringify(env)} as ${JSON.stringify(read)}, not as the limit ${limitName(limit)} with room for every connection`);
  return { ...ours, name: `limit-${limitName(limit)}`, label: `ours, MAX_CONCURRENT_OPERATIONS=${env.MAX_CONCURRENT_OPERATIONS}`, env };
}

async function main(): Promise<void> {
  if (!procAvailable()) throw new Error('the benchmark reads CPU time from /proc, which this system does not have (Linux only)');
  mkdirSync(logDir, { recursive: true });
  const startedAt = new Date().toISOString();
  const loadAverage = os.loadavg();
  const secrets = { AUTH_JWT_SECRET: randomBytes(32).toString('base64url'), IDENTITY_SECRET: randomBytes(32).toString('base64url') };
  const env: NodeJS.ProcessEnv = { ...process.env, ...secrets, LOG_LEVEL: 'warn', NODE_ENV: 'production', MONGODB_URI: '' };
  for (const s of SUBGRAPHS) delete env[`${s.envPrefix}_MONGODB_URI`];
  const ours = gatewaySpecs().find((spec) => spec.name === 'ours')!;
  const specs = limits.map((limit) => limitSpec(ours, limit, env));

  log(`starting the embedded database (${dataDir}), seeding ${settings.workers} workers if they are not there, and the four subgraphs`);
  const stack = await startSeededStack({ env, dataDir, logDir, workers: settings.workers, log, gateway: false });
  const gateways = new Map<Limit, GatewayUnderTest>();
  const stopAll = async () => {
    for (const gateway of gateways.values()) await gateway.stop();
    await stack.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll().then(() => process.exit(130)));
  try {
    // Its own file: `npm run bench` routes .bench/supergraph.graphql to its own ports, and the gateways watch theirs.
    const supergraphPath = writeRoutedSupergraph(stack.subgraphUrls, path.join(outDir, 'limits-supergraph.graphql'));
    const officer = await signToken({ secret: secrets.AUTH_JWT_SECRET, sub: 'bench-officer', ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', expiresIn: '2h' });
    const headers = { authorization: `Bearer ${officer}`, 'x-purpose-code': DEMO_PURPOSE.KP2MI, 'x-purpose': 'operation queue benchmark' };
    // The samples and the readiness check are ad-hoc questions, which the officer may not ask.
    const analyst = { authorization: `Bearer ${await signToken({ secret: secrets.AUTH_JWT_SECRET, sub: 'bench-analyst', ministry: 'KP2MI', roles: ['analyst'], scope: '', expiresIn: '2h' })}` };
    for (const [index, spec] of specs.entries()) {
      log(`starting ${spec.label}`);
      gateways.set(limits[index]!, await startGateway(spec, env, supergraphPath, logDir, analyst));
    }
    const baseline = gateways.get(null)!;
    const suites = workloads(await readSamples(baseline.url, analyst));
    const suite = (name: Workload['name']) => suites.find((w) => w.name === name)!;
    const kept = await keptOperations(baseline.url, headers, suites.flatMap((w) => w.operations));

    const pids = { subgraphs: stack.processes.map((p) => p.child.pid!), database: stack.database?.process.pid };
    const otherCpu = () => ({ subgraphs: pids.subgraphs.reduce((sum, pid) => sum + cpuMs(pid), 0), database: pids.database ? cpuMs(pids.database) : 0 });
    // The 1-minute load average after each round: how much else the machine was doing meanwhile.
    const roundsLoad: number[] = [];
    let longestSettle = { ms: 0, where: '' };
    const unsettled: string[] = [];
    const measure = async (gateway: GatewayUnderTest, workload: Workload, seconds: number) => {
      const before = { gateway: cpuMs(gateway.pid), ...otherCpu() };
      const result = await load(gateway.url, headers, workload.operations, seconds, settings.connections);
      const after = { gateway: cpuMs(gateway.pid), ...otherCpu() };
      // What was in flight when the round ended (or given up on) still runs: let it finish before the next setting's turn.
      const waited = await settle([gateway.pid, ...pids.subgraphs, ...(pids.database ? [pids.database] : [])], SETTLE_MAX_MS);
      const where = `${workload.name} at ${gateway.label}`;
      if (waited === null) unsettled.push(where);
      else if (waited > longestSettle.ms) longestSettle = { ms: waited, where };
      return { result, cpu: { gateway: after.gateway - before.gateway, subgraphs: after.subgraphs - before.subgraphs, database: after.database - before.database } };
    };
    /** Warm-up, then the rounds, the limits taking turns forwards and backwards so drift favours none of them. */
    const sweep = async (workload: Workload, compared: Limit[]): Promise<LimitRun[]> => {
      log(`${workload.name}: warming up ${settings.warmup} s per limit`);
      for (const limit of compared) await measure(gateways.get(limit)!, workload, settings.warmup);
      const runs = new Map(compared.map((limit) => [limit, emptyRun(limit)]));
      for (let round = 1; round <= settings.rounds; round++) {
        for (const limit of round % 2 === 1 ? compared : [...compared].reverse()) {
          const { result, cpu } = await measure(gateways.get(limit)!, workload, settings.duration);
          addRound(runs.get(limit)!, result, cpu, kept);
          roundsLoad.push(os.loadavg()[0]!);
          log(`round ${round}/${settings.rounds} ${workload.name} limit ${limitName(limit)}: ${(result.requests / result.seconds).toFixed(1)} req/s, ${result.errors} errors`);
        }
      }
      return compared.map((limit) => runs.get(limit)!);
    };

    const mix = (await sweep(suite('mix'), limits)).map(limitFigures);
    const recommendation = recommend(mix);
    const recommended = limits.find((limit) => limitName(limit) === recommendation.limit);
    const gatewayBound = recommended === undefined ? [] : (await sweep(suite('gateway-bound'), [recommended, null])).map(limitFigures);

    const notes = [
      `Closed loop: ${settings.connections} connections, each sending the next operation when its answer arrives, so the mean latency is about connections ÷ throughput at every limit; a limit changes how it is shared (the tail) and the throughput.`,
      'The machine may be shared with other work: the rounds alternate the order of the limits, so that what else runs weighs on all of them alike, and the limits are judged by the median over the rounds of each one\'s ratio to none, which one disturbed round moves less than the sums.',
      `After each round the benchmark waited for the gateway, the subgraphs and the database to go quiet (requests in flight when the round ended, and any the load generator gave up on after 10 s): at most ${(longestSettle.ms / 1000).toFixed(1)} s (${longestSettle.where || 'none'}).`,
      ...unsettled.map((where) => `Still busy ${SETTLE_MAX_MS / 1000} s after a round of ${where}: the next round shared the machine with its leftovers.`),
      ...(args.quick ? ['--quick: a tiny run to check the benchmark works; its figures mean little'] : []),
    ];
    const report: LimitsReport = {
      startedAt,
      machine: { cpus: os.availableParallelism(), node: process.version, loadAverage, roundsLoadAverage: { min: Math.min(...roundsLoad), max: Math.max(...roundsLoad) } },
      settings: { ...settings, quick: args.quick },
      keptOperations: [...kept],
      mix,
      gatewayBound,
      recommendation,
      notes,
    };
    const md = limitsMarkdown(report);
    writeFileSync(path.join(outDir, 'limits.json'), JSON.stringify(report, null, 2));
    writeFileSync(path.join(outDir, 'limits.md'), `${md}\n`);
    console.log(md);
    const errors = [...mix, ...gatewayBound].reduce((sum, f) => sum + f.errors, 0);
    if (errors > 0) log(`${errors} requests failed during the run`);
    log(`report written to ${path.join(outDir, 'limits.md')} and limits.json`);
    process.exitCode = errors > 0 ? 1 : 0;
  } finally {
    await stopAll();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:limits failed: ${(err as Error).message}`);
  process.exit(1);
});
