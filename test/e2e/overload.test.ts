import path from 'node:path';
import { Types, type Connection } from 'mongoose';
import { DEFAULT_MAX_CONCURRENT_OPERATIONS, DEFAULT_MAX_OPERATION_WAIT_MS } from '../../gateway/config';
import { freePort } from '../../scripts/lib/ports';
import { startServiceProcess, type ServiceProcess } from '../../scripts/lib/processes';
import { probeReady } from '../../scripts/lib/stack';
import { waitFor } from '../../scripts/lib/wait';
import { openDatabase, postGraphQL } from './support/clients';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process';
import { stackInfo } from './support/stack-info';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';

/**
 * More load than the graph can serve, for real: a gateway of the test's own with the default
 * queue limits, its capacity measured first in this run, then several times that, sent at a
 * fixed rate whatever the answers (an open loop, as many independent callers would). The excess
 * must be refused at once with 503 and Retry-After, readiness must turn 503 while that goes on,
 * and both must recover by themselves once the load stops.
 */
let gateway: GatewayProcess;
let readyUrl: string;

beforeAll(async () => {
  // Operations are not joined here: at four times capacity many identical pages are in flight at
  // once, and joining them would serve more than the closed loop measured, refusing less.
  gateway = await startGatewayProcess('overload', { LOG_LEVEL: 'warn', SHARE_OPERATIONS: 'false' });
  readyUrl = new URL('/health/ready', gateway.url).toString();
}, 60_000);

afterAll(() => gateway?.stop());

// A page of workers filtered by status, with its count: each one reads the workers collection
// (the embedded database scans it), so the database, not the gateway, sets the capacity.
const QUERY = `query Overload($first: Int!) { workers(first: $first, filter: { status: READY }) { totalCount edges { node { id status } } } }`;

interface Outcome {
  status: number;
  ms: number;
  retryAfter: string | null;
  body: any;
}

async function ask(n: number): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...stackInfo().defaultHeaders },
    // A different page size each time, so no answer is served from a cache.
    body: JSON.stringify({ query: QUERY, variables: { first: 1 + (n % 50) } }),
  });
  const ms = performance.now() - started;
  return { status: response.status, ms, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

/** Completed operations per second with `callers` each asking again as soon as answered. */
async function capacity(callers: number, seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      for (let n = caller; performance.now() < until; n += callers) {
        const outcome = await ask(n);
        if (outcome.status !== 200) throw new Error(`a closed-loop request answered ${outcome.status}`);
        done += 1;
      }
    }),
  );
  return done / seconds;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

it('answers the excess at once with 503 and Retry-After, turns unready while shedding, and recovers', async () => {
  const measured = await capacity(DEFAULT_MAX_CONCURRENT_OPERATIONS, 3);
  const rate = measured * 4;
  const seconds = 5;

  const outcomes: Promise<Outcome>[] = [];
  const readiness: { at: number; status: number; body: any }[] = [];
  const started = performance.now();
  const probe = setInterval(() => {
    const at = performance.now() - started;
    void fetch(readyUrl).then(async (response) => readiness.push({ at, status: response.status, body: await response.json() }));
  }, 200);
  // A request every 1000/rate ms, on schedule, whether or not the earlier ones were answered.
  for (let n = 0; n < rate * seconds; n += 1) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    outcomes.push(ask(n));
  }
  const answers = await Promise.all(outcomes);
  clearInterval(probe);

  const ok = answers.filter((answer) => answer.status === 200);
  const refused = answers.filter((answer) => answer.status === 503);
  const refusedMs = refused.map((answer) => answer.ms);
  console.log(
    `overload: capacity ${measured.toFixed(1)} op/s measured; sent ${answers.length} at ${rate.toFixed(0)}/s: ${ok.length} answered 200, ${refused.length} refused 503 ` +
      `(p50 ${percentile(refusedMs, 50).toFixed(1)} ms, p95 ${percentile(refusedMs, 95).toFixed(1)} ms, p99 ${percentile(refusedMs, 99).toFixed(1)} ms, max ${Math.max(...refusedMs).toFixed(1)} ms); ` +
      `admitted p99 ${percentile(ok.map((answer) => answer.ms), 99).toFixed(0)} ms; readiness 503 in ${readiness.filter((r) => r.status === 503).length} of ${readiness.length} probes ` +
      `(limits: ${DEFAULT_MAX_CONCURRENT_OPERATIONS} at once, a wait of ${DEFAULT_MAX_OPERATION_WAIT_MS} ms)`,
  );

  // Nothing else: every request was either served whole or refused.
  expect(ok.length + refused.length).toBe(answers.length);
  for (const answer of ok) {
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.workers.edges.every((edge: { node: { status: string } }) => edge.node.status === 'READY')).toBe(true);
  }
  // Much of the excess is refused (at four times capacity, up to three quarters).
  expect(refused.length).toBeGreaterThan(answers.length / 3);
  for (const answer of refused) {
    expect(answer.retryAfter).toBe('1');
    expect(answer.body).toEqual({
      errors: [
        {
          message: `The gateway is at its limit of ${DEFAULT_MAX_CONCURRENT_OPERATIONS} operations at once and cannot start one more within ${DEFAULT_MAX_OPERATION_WAIT_MS} ms; retry in 1 s`,
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
  }
  // At once: the refusals do not wait behind the admitted operations. The test's own process is
  // the load generator, on the same machine: its scheduling shows in the tail, so the bound is on p95.
  expect(percentile(refusedMs, 50)).toBeLessThan(25);
  expect(percentile(refusedMs, 95)).toBeLessThan(100);

  // Unready while it shed, saying why.
  const unready = readiness.filter((probe) => probe.status === 503);
  expect(unready.length).toBeGreaterThan(0);
  expect(unready[0]!.body).toEqual(
    expect.objectContaining({ status: 'not ready', checks: { load: { ok: false, error: expect.stringMatching(/^shedding load: \d+ operations refused with 503 in the last \d+\.\d s$/) } } }),
  );

  // Recovered by itself: ready again within a couple of seconds, and serving.
  const recoveredBy = performance.now() + 5000;
  let status = 0;
  while (performance.now() < recoveredBy && status !== 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    status = (await fetch(readyUrl)).status;
  }
  expect(status).toBe(200);
  const after = await ask(7);
  expect([after.status, after.body.data.workers.edges.length]).toEqual([200, Math.min(8, after.body.data.workers.totalCount)]);
}, 60_000);

describe("a subgraph's own question to the graph", () => {
  // One turn and no waiting line: an enrollment holds the turn while esdm asks the graph whether
  // the worker exists, through this same gateway (its GATEWAY_URL).
  let tight: GatewayProcess;
  let esdm: ServiceProcess;
  let db: Connection;
  const courseId = new Types.ObjectId();

  beforeAll(async () => {
    const esdmPort = await freePort();
    tight = await startGatewayProcess('overload-one-turn', {
      MAX_CONCURRENT_OPERATIONS: '1',
      MAX_WAITING_OPERATIONS: '0',
      ESDM_URL: `http://127.0.0.1:${esdmPort}/graphql`,
      LOG_LEVEL: 'warn',
    });
    esdm = startServiceProcess('esdm', 'subgraphs/esdm/index.ts', { ...process.env, MONGODB_URI: stackInfo().mongodbUri, IDENTITY_SECRET: stackInfo().identitySecret, GATEWAY_URL: tight.url, ESDM_PORT: String(esdmPort), LOG_LEVEL: 'warn' }, path.join(stackInfo().dir, `esdm-one-turn-${esdmPort}.log`));
    await waitFor('esdm for the one-turn gateway', () => probeReady(`http://127.0.0.1:${esdmPort}/health/ready`), { timeoutMs: 60_000, abort: esdm.exited });
    db = await openDatabase('esdm');
    const center = await db.db!.collection('training_centers').findOne({});
    await db.db!.collection('courses').insertOne({ _id: courseId, title: 'Kursus Uji Satu Giliran', skillArea: 'End-to-end testing', sector: 'ENERGY', durationHours: 40, trainingCenterCode: center!._id, city: 'Test city', certificationScheme: 'Skema Uji (SKKNI Pengujian)', seatsAvailable: 3 });
    await markWritten(db.db!, 'courses');
  }, 120_000);

  afterAll(async () => {
    await db.db!.collection('enrollments').deleteMany({ courseId });
    await db.db!.collection('courses').deleteOne({ _id: courseId });
    for (const name of ['enrollments', 'courses']) await markWritten(db.db!, name);
    await db.close();
    await Promise.all([tight.stop(), esdm.stop()]);
  });

  it('does not wait for a turn: the operation that asked holds one, and would wait for itself', async () => {
    const kp2mi = await openDatabase('kp2mi');
    const worker = await kp2mi.db!.collection('workers').findOne({}, { sort: { _id: 1 } });
    await kp2mi.close();
    const answer = await postGraphQL(
      tight.url,
      { query: 'mutation($workerId: ID!, $courseId: ID!) { enrollInEnergyCourse(workerId: $workerId, courseId: $courseId) { status course { id seatsAvailable } } }', variables: { workerId: String(worker!._id), courseId: courseId.toHexString() } },
      stackInfo().officerHeaders.ESDM,
    );
    expect(answer.body).toEqual({ data: { enrollInEnergyCourse: { status: 'ENROLLED', course: { id: courseId.toHexString(), seatsAvailable: 2 } } } });
  });
});
