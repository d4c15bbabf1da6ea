import type { Connection } from 'mongoose';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { openDatabase, postGraphQL } from './support/clients';
import { commandsDuring } from './support/db-commands';
import { freshNik } from './support/niks';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process';
import { startSubgraphProcess, type SubgraphProcess } from './support/subgraph-process';
import { stackInfo } from './support/stack-info';

/**
 * Counts and statistics are kept by each collection's write version (in the database): asked
 * again with no write in between they cost a version lookup, not a scan; any write through the
 * graph makes the next answer fresh, on every replica.
 */
const STATISTICS = [
  ['kp2mi', 'workerStats', ['PROVINCE', 'STATUS', 'SEX', 'EDUCATION']],
  ['kp2mi', 'placementStats', ['COUNTRY', 'SECTOR', 'SCHEME', 'STATUS', 'START_YEAR']],
  ['koperasi-ukm', 'businessStats', ['PROVINCE', 'SCALE', 'SECTOR']],
  ['koperasi-ukm', 'financingStats', ['SCHEME', 'STATUS', 'BANK']],
] as const;
const TOTALS = [
  ['kp2mi', 'workers'],
  ['kp2mi', 'placements'],
  ['kp2mi', 'jobOpenings'],
  ['esdm', 'energyCourses'],
  ['perindustrian', 'industryCourses'],
  ['koperasi-ukm', 'businesses'],
  ['koperasi-ukm', 'products'],
] as const;

const admin = () => stackInfo().defaultHeaders;
const officer = (ministry: 'KP2MI' | 'KOPERASI_UKM') => stackInfo().officerHeaders[ministry];

async function ask(query: string, url = stackInfo().gatewayUrl) {
  const { body } = await postGraphQL(url, { query }, admin());
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Aggregations (counts and statistics) a subgraph ran while `work` ran. */
const aggregations = (commands: Record<string, number>, subgraph: string) => commands[`${subgraph} aggregate`] ?? 0;

let kp2mi: Connection;
/** Workers this file registers: removed after it, so the other files find the seeded 600. */
const registered: string[] = [];
beforeAll(async () => {
  kp2mi = await openDatabase('kp2mi');
});
afterAll(async () => {
  const ids = (await kp2mi.db!.collection('workers').find({ nik: { $in: registered } }, { projection: { _id: 1 } }).toArray()).map((worker) => worker._id);
  await kp2mi.db!.collection('placements').deleteMany({ workerId: { $in: ids } });
  await markWritten(kp2mi.db!, 'placements');
  await kp2mi.db!.collection('workers').deleteMany({ nik: { $in: registered } });
  await markWritten(kp2mi.db!, 'workers');
  await kp2mi.close();
});

async function register(url: string, nik: string, fullName: string, sex: 'MALE' | 'FEMALE', birthDate: string) {
  registered.push(nik);
  const { body } = await postGraphQL(url, { query: 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }', variables: { input: { nik, fullName, sex, birthDate, education: 'SENIOR_HIGH' } } }, officer('KP2MI'));
  expect(body.errors).toBeUndefined();
}

describe('counts and statistics kept by write version', () => {
  it.each(STATISTICS)('%s %s: asked again, every dimension is answered the same without an aggregation', async (subgraph, field, dimensions) => {
    const query = `{ ${dimensions.map((by) => `${by}: ${field}(by: ${by}) { key count }`).join(' ')} }`;
    const first = await ask(query);
    let again: unknown;
    const commands = await commandsDuring(async () => (again = await ask(query)));
    expect(again).toEqual(first);
    expect([field, aggregations(commands, subgraph)]).toEqual([field, 0]);
  });

  it.each(TOTALS)('%s %s: a totalCount asked again costs no count', async (subgraph, field) => {
    const query = `{ ${field}(first: 1) { totalCount } }`;
    const first = await ask(query);
    let again: unknown;
    const commands = await commandsDuring(async () => (again = await ask(query)));
    expect(again).toEqual(first);
    expect([field, aggregations(commands, subgraph)]).toEqual([field, 0]);
  });

  it('answers exactly after a write through the graph: the next question sees it', async () => {
    const query = '{ workerStats(by: STATUS) { key count } workers(first: 1) { totalCount } }';
    const before = await ask(query);
    const candidates = (data: any) => data.workerStats.find((bucket: any) => bucket.key === 'CANDIDATE')?.count ?? 0;
    await register(stackInfo().gatewayUrl, freshNik('1995-03-14', 'FEMALE'), 'Ratna Kusumawati', 'FEMALE', '1995-03-14');
    const after = await ask(query);
    expect([candidates(after), after.workers.totalCount]).toEqual([candidates(before) + 1, before.workers.totalCount + 1]);
    expect(after.workers.totalCount).toBe(await kp2mi.db!.collection('workers').countDocuments());
    expect(candidates(after)).toBe(await kp2mi.db!.collection('workers').countDocuments({ status: 'CANDIDATE' }));
  });

  it("keeps a worker's references by write version: asked again without a scan, fresh after a write", async () => {
    const nik = freshNik('1993-11-02', 'FEMALE');
    registered.push(nik);
    const { body: made } = await postGraphQL(
      stackInfo().gatewayUrl,
      { query: 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }', variables: { input: { nik, fullName: 'Wulan Sari', sex: 'FEMALE', birthDate: '1993-11-02', education: 'SENIOR_HIGH' } } },
      officer('KP2MI'),
    );
    const id: string = made.data.registerWorker.id;
    const query = `{ worker(id: "${id}") { placements { employer jobTitle country { code } } } }`;
    expect(await ask(query)).toEqual({ worker: { placements: [] } });
    let again: unknown;
    // One find fewer: the placements by worker (a scan of the collection on the embedded database) are kept.
    const kept = await commandsDuring(() => ask(query));
    await markWritten(kp2mi.db!, 'placements');
    const cold = await commandsDuring(async () => (again = await ask(query)));
    expect(again).toEqual({ worker: { placements: [] } });
    expect(cold['kp2mi find']).toBe(kept['kp2mi find']! + 1);
    const { body: ready } = await postGraphQL(stackInfo().gatewayUrl, { query: `mutation { updateWorkerStatus(id: "${id}", status: READY) { status } }` }, officer('KP2MI'));
    expect(ready).toEqual({ data: { updateWorkerStatus: { status: 'READY' } } });
    const { body: placed } = await postGraphQL(
      stackInfo().gatewayUrl,
      {
        query: 'mutation($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
        variables: { input: { workerId: id, countryCode: 'TW', employer: 'Formosa Care', jobTitle: 'Caregiver', sector: 'CAREGIVING', scheme: 'P_TO_P', startDate: '2027-02-01' } },
      },
      officer('KP2MI'),
    );
    expect(placed.errors).toBeUndefined();
    expect(await ask(query)).toEqual({ worker: { placements: [{ employer: 'Formosa Care', jobTitle: 'Caregiver', country: { code: 'TW' } }] } });
  });
});

describe('across replicas', () => {
  const kp2miEntry = SUBGRAPHS.find((entry) => entry.name === 'kp2mi')!;
  const replicas: SubgraphProcess[] = [];
  const gateways: GatewayProcess[] = [];

  beforeAll(async () => {
    replicas.push(...(await Promise.all([1, 2].map((index) => startSubgraphProcess(kp2miEntry, `kp2mi-versions-${index}`)))));
    gateways.push(...(await Promise.all(replicas.map((replica, index) => startGatewayProcess(`kp2mi-versions-${index + 1}`, { [`${kp2miEntry.envPrefix}_URL`]: replica.url })))));
  }, 120_000);
  afterAll(async () => {
    await Promise.all([...gateways.map((gateway) => gateway.stop()), ...replicas.map((replica) => replica.stop())]);
  });

  it('a write through one replica is in the next answer of the other, which kept the count before it', async () => {
    // Workers are not cache-hinted: the gateway's public-answer cache does not keep this answer.
    const query = '{ workers(first: 1) { totalCount } workerStats(by: SEX) { key count } }';
    const first = await ask(query, gateways[0]!.url);
    let again: any;
    const commands = await commandsDuring(async () => (again = await ask(query, gateways[0]!.url)));
    expect([again, aggregations(commands, 'kp2mi')]).toEqual([first, 0]);
    await register(gateways[1]!.url, freshNik('1996-07-21', 'MALE'), 'Yoga Pratama', 'MALE', '1996-07-21');
    const after = await ask(query, gateways[0]!.url);
    const men = (data: any) => data.workerStats.find((bucket: any) => bucket.key === 'MALE').count;
    expect([after.workers.totalCount, men(after)]).toEqual([first.workers.totalCount + 1, men(first) + 1]);
  });
});
