import type { Connection } from 'mongoose';
import { provinceByCode } from '../../subgraphs/reference/provinces';
import { gatewayClient, openDatabase, postGraphQL } from './support/clients';
import { E2E_WORKERS, stackInfo } from './support/stack-info';

interface WorkerNode {
  id: string;
  fullName: string;
  sex: string;
  status: string;
  education: string;
  languages: string[];
  registeredAt: string;
  province: { code: string; name: string };
}

const WORKER_FIELDS = 'id fullName sex status education languages registeredAt province { code name }';

let kp2mi: Connection;

beforeAll(async () => {
  kp2mi = await openDatabase('kp2mi');
});
afterAll(async () => {
  await kp2mi.close();
});

/** The graph's documented order, computed from the collection itself. */
async function newestWorkers(filter: Record<string, unknown>, limit: number): Promise<WorkerNode[]> {
  const docs = await kp2mi.db!.collection('workers').find(filter).sort({ registeredAt: -1, _id: -1 }).limit(limit).toArray();
  return docs.map((d) => ({
    id: d._id.toHexString(),
    fullName: d.fullName,
    sex: d.sex,
    status: d.status,
    education: d.education,
    languages: d.languages,
    registeredAt: (d.registeredAt as Date).toISOString(),
    province: { code: d.provinceCode, name: provinceByCode(d.provinceCode)!.name },
  }));
}

describe('workers through the gateway', () => {
  it('answers the README query with the three newest seeded workers and the total', async () => {
    const data = await gatewayClient().request<{ workers: unknown }>('{ workers(first: 3) { totalCount edges { node { fullName province { name } } } } }');
    const expected = (await newestWorkers({}, 3)).map((w) => ({ node: { fullName: w.fullName, province: { name: w.province.name } } }));
    expect(data).toEqual({ workers: { totalCount: E2E_WORKERS, edges: expected } });
  });

  it('returns one worker by id with every public field', async () => {
    const [expected] = await newestWorkers({ status: 'RETURNED' }, 1);
    const data = await gatewayClient().request<{ worker: WorkerNode }>(`query($id: ID!) { worker(id: $id) { ${WORKER_FIELDS} } }`, { id: expected!.id });
    expect(data.worker).toEqual(expected);
  });

  it('returns null for an unknown worker id and BAD_USER_INPUT for a malformed one', async () => {
    const { gatewayUrl, defaultHeaders } = stackInfo();
    const unknown = await postGraphQL(gatewayUrl, { query: '{ worker(id: "0000000000000000000000ff") { id } }' }, defaultHeaders);
    expect(unknown.body).toEqual({ data: { worker: null } });
    const malformed = await postGraphQL(gatewayUrl, { query: '{ worker(id: "nope") { id } }' }, defaultHeaders);
    expect(malformed.body.data).toEqual({ worker: null });
    expect(malformed.body.errors).toHaveLength(1);
    expect(malformed.body.errors[0]).toMatchObject({
      message: 'id "nope" is not a worker id (24 hexadecimal characters)',
      path: ['worker'],
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  });

  it.each([
    ['status', { status: 'DEPLOYED' }, { status: 'DEPLOYED' }],
    ['provinceCode', { provinceCode: '35' }, { provinceCode: '35' }],
    ['sex', { sex: 'FEMALE' }, { sex: 'FEMALE' }],
    ['education', { education: 'SENIOR_HIGH' }, { education: 'SENIOR_HIGH' }],
    ['registered range', { registeredFrom: '2023-01-01', registeredTo: '2023-12-31' }, { registeredAt: { $gte: new Date('2023-01-01'), $lt: new Date('2024-01-01') } }],
    ['nameContains (case-insensitive)', { nameContains: 'SRI' }, { fullName: /sri/i }],
    ['all together', { status: 'DEPLOYED', sex: 'FEMALE', provinceCode: '35' }, { status: 'DEPLOYED', sex: 'FEMALE', provinceCode: '35' }],
  ])('filters by %s: page and totalCount match the collection', async (_name, filter, mongoFilter) => {
    const data = await gatewayClient().request<{ workers: { totalCount: number; edges: { node: WorkerNode }[] } }>(
      `query($filter: WorkerFilter) { workers(filter: $filter, first: 10) { totalCount edges { node { ${WORKER_FIELDS} } } } }`,
      { filter },
    );
    const total = await kp2mi.db!.collection('workers').countDocuments(mongoFilter);
    expect(total).toBeGreaterThan(0);
    expect(data.workers.totalCount).toBe(total);
    expect(data.workers.edges.map((e) => e.node)).toEqual(await newestWorkers(mongoFilter, 10));
  });

  it('walks every page: each worker exactly once, in order, matching totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 50; page++) {
      const data: { workers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } } =
        await gatewayClient().request('query($after: String) { workers(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }', { after });
      totalCount = data.workers.totalCount;
      seen.push(...data.workers.edges.map((e) => e.node.id));
      if (!data.workers.pageInfo.hasNextPage) break;
      after = data.workers.pageInfo.endCursor;
    }
    expect(totalCount).toBe(E2E_WORKERS);
    expect(new Set(seen).size).toBe(E2E_WORKERS);
    expect(seen).toEqual((await newestWorkers({}, E2E_WORKERS)).map((w) => w.id));
  });

  it.each([
    ['a forged cursor', '{ workers(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after is not a cursor returned by Query.workers', 'after'],
    ['an unknown province', '{ workers(filter: { provinceCode: "99" }) { totalCount } }', 'provinceCode "99" is not a Kemendagri province code (e.g. "35" for Jawa Timur)', 'filter.provinceCode'],
    ['a reversed date range', '{ workers(filter: { registeredFrom: "2024-01-02", registeredTo: "2024-01-01" }) { totalCount } }', 'registeredFrom must not be after registeredTo', 'filter.registeredFrom'],
    ['a very long nameContains', `{ workers(filter: { nameContains: "${'a'.repeat(101)}" }) { totalCount } }`, 'nameContains must be at most 100 characters', 'filter.nameContains'],
  ])('rejects %s with BAD_USER_INPUT naming the field', async (_name, query, message, field) => {
    const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query }, stackInfo().defaultHeaders);
    expect(status).toBe(200);
    // A refused root field is null and the rest of an answer would stand.
    expect(body.data).toEqual({ workers: null });
    expect(body.errors).toEqual([expect.objectContaining({ message, path: ['workers'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) })]);
  });

  it.each([
    ['first above 100', '{ workers(first: 101) { totalCount } }', 'first must be at most 100; got 101. Page through the rest with after.'],
    ['negative first', '{ workers(first: -1) { totalCount } }', 'first must be between 0 and 100; got -1'],
  ])('refuses %s at the gateway, before any subgraph is asked, with BAD_USER_INPUT naming first', async (_name, query, message) => {
    const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query }, stackInfo().defaultHeaders);
    expect({ status, body }).toEqual({ status: 400, body: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'first', requestId: expect.any(String) } }] } });
  });

  it('treats regular-expression and operator text in nameContains as plain text', async () => {
    for (const text of ['.*', '^S', '$where', '{"$ne": null}']) {
      const data = await gatewayClient().request<{ workers: { totalCount: number } }>('query($t: String) { workers(filter: { nameContains: $t }) { totalCount } }', { t: text });
      expect(data.workers.totalCount).toBe(0);
    }
  });
});

describe('countries', () => {
  it('lists every seeded country by name and finds one by code', async () => {
    const docs = await kp2mi.db!.collection('countries').find().sort({ name: 1 }).toArray();
    const data = await gatewayClient().request<{ countries: unknown[]; country: unknown; saudi: unknown }>(
      '{ countries { code name nameId region } country(code: "TW") { code name nameId region } saudi: country(code: "SA") { name nameId } }',
    );
    expect(data.countries).toEqual(docs.map((d) => ({ code: d._id, name: d.name, nameId: d.nameId, region: d.region })));
    expect(data.country).toEqual({ code: 'TW', name: 'Taiwan', nameId: 'Taiwan', region: 'Eastern Asia' });
    expect(data.saudi).toEqual({ name: 'Saudi Arabia', nameId: 'Arab Saudi' });
  });
});
