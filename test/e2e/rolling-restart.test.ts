import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { registeredDocument } from '../../scripts/bench/registered-documents';
import { readinessBackend, serverStats, waitUntilUp } from '../../scripts/lib/haproxy';
import { freePort } from '../../scripts/lib/ports';
import { startReplicaStack, superviseReplicas, type Replica, type ReplicaStack } from '../../scripts/lib/replicas';
import type { Supervisor } from '../../scripts/lib/supervisor';
import { waitFor } from '../../scripts/lib/wait';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

/**
 * A rolling restart under load, as a deployment does it: the stack of `npm run start:replicas`
 * (2 gateways and 2 processes of each subgraph behind HAProxy, on the e2e database) answers a
 * steady load of operations that reach all four subgraphs while each of its ten processes in turn
 * is stopped (SIGTERM, and its exit awaited), started again, and seen up by HAProxy. Not one
 * request may fail: every answer HTTP 200 without GraphQL errors.
 */
const CONNECTIONS = 4;

let stack: ReplicaStack;
let supervisor: Supervisor;
/** What the supervisor said: a restart on purpose only, never a crash. */
const supervision: string[] = [];

interface Samples {
  workerIds: string[];
  businessIds: string[];
  countryCodes: string[];
  energyCourseIds: string[];
  industryCourseIds: string[];
}

async function samples(): Promise<Samples> {
  const { body } = await postGraphQL(stackInfo().gatewayUrl, {
    query: `{
      workers(first: 50, filter: { status: RETURNED }) { edges { node { id } } }
      businesses(first: 50) { edges { node { id } } }
      countries { code activeWorkers }
      energyCourses(first: 20) { edges { node { id } } }
      industryCourses(first: 20) { edges { node { id } } }
    }`,
  }, stackInfo().defaultHeaders);
  const data = body.data;
  const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);
  return {
    workerIds: ids(data.workers),
    businessIds: ids(data.businesses),
    countryCodes: data.countries.filter((c: { activeWorkers: number }) => c.activeWorkers > 0).map((c: { code: string }) => c.code),
    energyCourseIds: ids(data.energyCourses),
    industryCourseIds: ids(data.industryCourses),
  };
}

/** Registered operations that between them reach every subgraph, most of them all four at once. */
function operations(s: Samples): { name: string; query: string; variables(n: number): Record<string, unknown> }[] {
  const at = <T>(list: T[], n: number) => list[n % list.length]!;
  const op = (name: string, variables: (n: number) => Record<string, unknown>) => ({ name, query: registeredDocument(name).query, variables });
  return [
    // kp2mi, esdm, perindustrian and koperasi-ukm in one answer.
    op('WorkerStory', (n) => ({ id: at(s.workerIds, n) })),
    op('BusinessCard', (n) => ({ id: at(s.businessIds, n) })),
    op('CountryMarket', (n) => ({ code: at(s.countryCodes, n) })),
    op('EnergyAndMiningJobs', (n) => ({ sector: n % 2 === 0 ? 'ENERGY' : 'MINING' })),
    op('CourseCards', (n) => ({ energy: at(s.energyCourseIds, n), industry: at(s.industryCourseIds, n) })),
  ];
}

interface Load {
  stop(): Promise<{ requests: number; non2xx: number; graphqlErrors: number; connectionErrors: number; timeouts: number; seconds: number; failures: string[] }>;
}

/** autocannon on HAProxy's public port until stopped: each connection sends the operations in turn. */
function startLoad(url: string, headers: Record<string, string>, ops: ReturnType<typeof operations>): Load {
  let graphqlErrors = 0;
  const failures: string[] = [];
  const counters = ops.map(() => 0);
  let finished!: (result: autocannon.Result) => void;
  const result = new Promise<autocannon.Result>((resolve) => (finished = resolve));
  const instance = autocannon(
    {
      url,
      method: 'POST',
      connections: CONNECTIONS,
      // Stopped by the test once every process was restarted.
      duration: 3600,
      headers: { 'content-type': 'application/json', ...headers },
      requests: ops.map((operation, index) => ({
        setupRequest: (request: autocannon.Request) => ({ ...request, body: JSON.stringify({ query: operation.query, variables: operation.variables(counters[index]!++) }) }),
        onResponse: (status: number, body: string) => {
          if (status === 200 && !body.includes('"errors"')) return;
          if (status === 200) graphqlErrors += 1;
          if (failures.length < 5) failures.push(`${operation.name}: HTTP ${status} ${body.slice(0, 300)}`);
        },
      })),
    },
    (err: unknown, done: autocannon.Result) => {
      if (err) failures.push(`autocannon failed: ${String(err)}`);
      finished(done);
    },
  );
  instance.on('reqError', (err: Error) => {
    if (failures.length < 5) failures.push(`request error: ${err.message}`);
  });
  return {
    stop: async () => {
      instance.stop();
      const done = await result;
      return { requests: done.requests.total, non2xx: done.non2xx, graphqlErrors, connectionErrors: done.errors, timeouts: done.timeouts, seconds: done.duration, failures };
    },
  };
}

/** Stops `replica` (SIGTERM, its exit awaited), has it started again, and waits until HAProxy has it up. */
async function restart(replica: Replica): Promise<{ before: number; after: number }> {
  const before = supervisor.current(replica.name)!.pid!;
  expect(await supervisor.restart(replica.name, 'rolling restart')).toBe(true);
  let after: number | undefined;
  await waitFor(`${replica.name} to be started again`, async () => {
    after = supervisor.current(replica.name)?.pid;
    if (after === undefined || after === before) throw new Error('not yet');
  }, { timeoutMs: 90_000, intervalMs: 50 });
  await waitUntilUp(stack.haproxy.statsUrl, [`${replica.service}/${replica.name}`]);
  return { before, after: after! };
}

beforeAll(async () => {
  const info = stackInfo();
  const dir = mkdtempSync(path.join(info.dir, 'rolling-restart-'));
  const env: NodeJS.ProcessEnv = { ...process.env, AUTH_JWT_SECRET: info.jwtSecret, IDENTITY_SECRET: info.identitySecret, LOG_LEVEL: 'warn' };
  for (const name of ['SHUTDOWN_DELAY_MS', 'SUPERGRAPH_PATH', 'SUPERGRAPH_URL']) delete env[name];
  const ports = new Set<number>();
  while (ports.size < 2 + SUBGRAPHS.length) ports.add(await freePort());
  const [publicPort, statsPort, ...listeners] = [...ports];
  stack = await startReplicaStack({
    mongodbUri: info.mongodbUri,
    env,
    gateways: 2,
    replicas: 2,
    publicPort: publicPort!,
    statsPort: statsPort!,
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, listeners[i]!])),
    configDir: dir,
    logDir: dir,
    log: (line) => process.stderr.write(`[rolling-restart] ${line}\n`),
  });
  supervisor = superviseReplicas(stack, { log: (line) => supervision.push(line), onGiveUp: (reason) => supervision.push(`gave up: ${reason}`) });
}, 240_000);

afterAll(async () => {
  await stack?.haproxy.stop();
  await supervisor?.stop();
  await stack?.stop();
}, 60_000);

it('restarts every gateway and subgraph process one at a time under load without failing a request', async () => {
  const load = startLoad(stack.gatewayUrl, stackInfo().defaultHeaders, operations(await samples()));
  // Steady first: every replica serving before the first one stops.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const takenOut = await serverStats(stack.haproxy.statsUrl);
  const pids: Record<string, { before: number; after: number }> = {};
  const restartedAt: Record<string, number> = {};
  // The gateways first, then each subgraph's processes, in the stack's order.
  for (const replica of [...stack.replicas].sort((a, b) => Number(b.service === 'gateway') - Number(a.service === 'gateway'))) {
    pids[replica.name] = await restart(replica);
    restartedAt[replica.name] = Number((await serverStats(stack.haproxy.statsUrl))[`${replica.service}/${replica.name}`]!.stot);
  }
  // Every restarted process takes requests again, the last one included.
  await waitFor('every restarted process to serve a request', async () => {
    const stats = await serverStats(stack.haproxy.statsUrl);
    const idle = stack.replicas.filter((r) => Number(stats[`${r.service}/${r.name}`]!.stot) <= restartedAt[r.name]!);
    if (idle.length > 0) throw new Error(`no request yet for ${idle.map((r) => r.name).join(', ')}`);
  }, { timeoutMs: 20_000, intervalMs: 100 });
  const figures = await load.stop();
  const stats = await serverStats(stack.haproxy.statsUrl);

  const sum = (column: string, backend = (r: Replica) => r.service) => stack.replicas.reduce((total, r) => total + Number(stats[`${backend(r)}/${r.name}`]![column] || 0), 0);
  const readiness = (r: Replica) => readinessBackend(r.service);
  const restarts = stack.replicas.filter((r) => supervisor.restarts(r.name) === 1).length;
  console.log(
    `rolling restart: ${figures.requests} requests in ${figures.seconds.toFixed(1)} s over ${CONNECTIONS} connections, ` +
      `${figures.non2xx} non-2xx, ${figures.graphqlErrors} with GraphQL errors, ${figures.connectionErrors} connection errors, ${figures.timeouts} timeouts; ` +
      `${restarts} of ${stack.replicas.length} processes restarted; HAProxy: ${sum('wretr')} retries and ${sum('wredis')} redispatches, ` +
      `${sum('wretr', readiness)} readiness questions asked again after a 503 (${sum('wredis', readiness)} of another replica)\n` +
      Object.entries(pids).map(([name, { before, after }]) => `  ${name}: pid ${before} → ${after}`).join('\n') +
      (figures.failures.length > 0 ? `\nfirst failures:\n  ${figures.failures.join('\n  ')}` : ''),
  );

  expect(figures.failures).toEqual([]);
  expect(figures).toEqual(expect.objectContaining({ non2xx: 0, graphqlErrors: 0, connectionErrors: 0, timeouts: 0 }));
  expect(figures.requests).toBeGreaterThan(0);
  // Not one request was sent to a replica that no longer took connections: HAProxy took each out
  // while it still served (SHUTDOWN_DELAY_MS), so not even HAProxy's safe retry was needed.
  expect({ retries: sum('wretr'), redispatches: sum('wredis') }).toEqual({ retries: 0, redispatches: 0 });
  expect(supervision.filter((line) => !/restarting: rolling restart\.$|is back: ready/.test(line))).toEqual([]);
  for (const replica of stack.replicas) {
    expect(supervisor.restarts(replica.name)).toBe(1);
    expect(pids[replica.name]!.after).not.toBe(pids[replica.name]!.before);
    // HAProxy took each out once, while it stopped, and had it back.
    const key = `${replica.service}/${replica.name}`;
    expect(Number(stats[key]!.chkdown) - Number(takenOut[key]!.chkdown)).toBe(1);
    expect(stats[key]!.status).toBe('UP');
  }
}, 600_000);
