import path from 'node:path';
import type { Connection } from 'mongoose';
import { freePort } from '../../scripts/lib/ports';
import { startServiceProcess, type ServiceProcess } from '../../scripts/lib/processes';
import { probeReady } from '../../scripts/lib/stack';
import { waitFor } from '../../scripts/lib/wait';
import { SUBGRAPHS, type SubgraphEntry } from '../../subgraphs/catalog';
import { openDatabase, postGraphQL } from './support/clients';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process';
import { stackInfo } from './support/stack-info';

/**
 * One ministry's outage costs only its own part of an answer: each subgraph of the test's own,
 * killed for real (SIGKILL) in turn, under a gateway of the test's own; the answer keeps the other
 * three ministries' data, with one error for each path left without a value, naming the subgraph.
 */
interface Subgraph {
  entry: SubgraphEntry;
  port: number;
  process: ServiceProcess;
}

const subgraphs = new Map<string, Subgraph>();
let gateway: GatewayProcess;
const ids = { energyCourse: '', industryCourse: '', business: '' };

function envOf(ports: Record<string, number>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MONGODB_URI: stackInfo().mongodbUri, IDENTITY_SECRET: stackInfo().identitySecret, GATEWAY_URL: stackInfo().gatewayUrl, LOG_LEVEL: 'warn' };
  for (const entry of SUBGRAPHS) env[`${entry.envPrefix}_PORT`] = String(ports[entry.name]);
  return env;
}

async function start(entry: SubgraphEntry, port: number, env: NodeJS.ProcessEnv): Promise<Subgraph> {
  const started = startServiceProcess(entry.name, `subgraphs/${entry.folder}/index.ts`, env, path.join(stackInfo().dir, `outage-${entry.name}-${port}.log`));
  await waitFor(`${entry.name} on ${port}`, () => probeReady(`http://127.0.0.1:${port}/health/ready`), { timeoutMs: 60_000, abort: started.exited });
  return { entry, port, process: started };
}

const first = async (db: Connection, collection: string) => String((await db.db!.collection(collection).findOne({}, { sort: { _id: 1 } }))!._id);

beforeAll(async () => {
  const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (entry) => [entry.name, await freePort()] as const)));
  const env = envOf(ports);
  for (const subgraph of await Promise.all(SUBGRAPHS.map((entry) => start(entry, ports[entry.name]!, env)))) subgraphs.set(subgraph.entry.name, subgraph);
  gateway = await startGatewayProcess('outage', Object.fromEntries(SUBGRAPHS.map((entry) => [`${entry.envPrefix}_URL`, `http://127.0.0.1:${ports[entry.name]}/graphql`])));
  const [esdm, perindustrian, koperasi] = await Promise.all(['esdm', 'perindustrian', 'koperasi_ukm'].map(openDatabase));
  [ids.energyCourse, ids.industryCourse, ids.business] = await Promise.all([first(esdm!, 'courses'), first(perindustrian!, 'courses'), first(koperasi!, 'businesses')]);
  await Promise.all([esdm, perindustrian, koperasi].map((db) => db!.close()));
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all([...subgraphs.values()].map((subgraph) => subgraph.process.stop()));
});

// Each ministry's part: root fields of its own (a lookup and a list) and a field it adds to KP2MI's workers.
const QUERY = `query AllFour($energyCourse: ID!, $industryCourse: ID!, $business: ID!) {
  workers(first: 3) { edges { node { id status energyEnrollments { id } industryEnrollments { id } businesses { id } } } }
  countries { code }
  energyCourse(id: $energyCourse) { id title }
  esdmTrainingCenters { code }
  industryCourse(id: $industryCourse) { id title }
  bdiTrainingCenters { code }
  business(id: $business) { id name }
  kurBanks { code }
}`;

/** Of each subgraph: its root fields, and its field on each worker. */
const PARTS: Record<string, { roots: string[]; onWorker: string | null }> = {
  kp2mi: { roots: ['workers', 'countries'], onWorker: null },
  esdm: { roots: ['energyCourse', 'esdmTrainingCenters'], onWorker: 'energyEnrollments' },
  perindustrian: { roots: ['industryCourse', 'bdiTrainingCenters'], onWorker: 'industryEnrollments' },
  'koperasi-ukm': { roots: ['business', 'kurBanks'], onWorker: 'businesses' },
};

const ask = () => postGraphQL(gateway.url, { query: QUERY, variables: ids }, stackInfo().defaultHeaders);

/** The whole answer with one subgraph's part taken out, as the graph must answer while it is down. */
function without(whole: { data: Record<string, any> }, name: string): { data: Record<string, any>; errors: unknown[] } {
  const { roots, onWorker } = PARTS[name]!;
  const data = structuredClone(whole.data);
  const paths: (string | number)[][] = [];
  if (onWorker) {
    data.workers.edges.forEach((edge: { node: Record<string, unknown> }, index: number) => {
      edge.node[onWorker] = null;
      paths.push(['workers', 'edges', index, 'node', onWorker]);
    });
  }
  for (const root of roots) {
    data[root] = null;
    paths.push([root]);
  }
  const message = `The ${name} subgraph is unavailable (its connection was refused), so this part of the answer is missing`;
  return { data, errors: paths.map((errorPath) => ({ message, path: errorPath, extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: name, serviceName: name, requestId: expect.any(String) } })) };
}

const sortedByPath = (errors: { path?: unknown[] }[]) => [...errors].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));

it.each(SUBGRAPHS.map((entry) => [entry.name]))('with %s killed, the others answer their parts, with one error per missing path; restarted, the answer is whole again', async (name) => {
  const whole = await ask();
  expect(whole.status).toBe(200);
  expect(whole.body.errors).toBeUndefined();
  expect(whole.body.data.workers.edges).toHaveLength(3);
  expect(whole.body.data.energyCourse.id).toBe(ids.energyCourse);

  const subgraph = subgraphs.get(name)!;
  subgraph.process.child.kill('SIGKILL');
  await subgraph.process.exited;
  const during = await ask();
  expect(during.status).toBe(200);
  const expected = without(whole.body, name);
  expect(during.body.data).toEqual(expected.data);
  expect(sortedByPath(during.body.errors)).toEqual(sortedByPath(expected.errors as { path?: unknown[] }[]));

  // The same subgraph back on its port: the gateway, never restarted, answers whole again.
  subgraphs.set(name, await start(subgraph.entry, subgraph.port, envOf(Object.fromEntries([...subgraphs.values()].map((s) => [s.entry.name, s.port])))));
  const after = await ask();
  expect(after.body).toEqual(whole.body);
});
