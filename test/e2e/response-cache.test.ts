import type { Connection } from 'mongoose';
import { Types } from 'mongoose';
import { ANONYMOUS, IDENTITY_HEADER, signIdentity } from '../../lib/identity';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';
import { headersFor } from './support/callers';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process';
import { openDatabase } from './support/clients';
import { commandsDuring } from './support/db-commands';
import { stackInfo } from './support/stack-info';

let koperasi: Connection;
let business: Record<string, any>;
beforeAll(async () => {
  koperasi = await openDatabase('koperasi_ukm');
  business = (await koperasi.db!.collection('businesses').findOne({ ownerWorkerId: { $ne: null } }, { sort: { _id: -1 } }))!;
});
afterAll(async () => {
  await koperasi.close();
});

async function ask(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(stackInfo().gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { cacheControl: response.headers.get('cache-control'), body: (await response.json()) as any };
}

describe('the public response cache', () => {
  const PUBLIC = 'query($id: ID!) { business(id: $id) { id name scale province { name } products { id name markets { code name } } } esdmTrainingCenters { code name } }';

  it('answers a repeated public query without running it again, to any caller', async () => {
    const variables = { id: business._id.toHexString() };
    const officer = stackInfo().officerHeaders.KP2MI;
    let first!: Awaited<ReturnType<typeof ask>>;
    const computing = await commandsDuring(async () => (first = await ask(PUBLIC, variables, officer)));
    expect(first.body.errors).toBeUndefined();
    expect(first.cacheControl).toBe('max-age=30, public');
    // The subgraphs it was made from: esdm and koperasi-ukm always, kp2mi when a product has markets.
    const madeFrom = [...new Set(Object.keys(computing).map((command) => command.split(' ')[0]!))].sort();
    expect(madeFrom).toEqual(expect.arrayContaining(['esdm', 'koperasi-ukm']));
    let again: Awaited<ReturnType<typeof ask>> | undefined;
    // The same answer for an anonymous caller, from the cache: no query, only one read of the
    // write versions of each subgraph it was made from.
    expect(await commandsDuring(async () => (again = await ask(PUBLIC, variables, {})))).toEqual(Object.fromEntries(madeFrom.map((subgraph) => [`${subgraph} find`, 1])));
    expect(again!.body).toEqual(first.body);
    // A kept answer is still only for callers who authenticate: a forged token is refused.
    const response = await fetch(stackInfo().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer forged.token.value' },
      body: JSON.stringify({ query: PUBLIC, variables }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('never caches an answer with a field that depends on who asks, nor serves it to another caller', async () => {
    const query = 'query($id: ID!) { business(id: $id) { id name owner { id } } }';
    const variables = { id: business._id.toHexString() };
    const officer = await ask(query, variables, stackInfo().officerHeaders.KOPERASI_UKM);
    expect(officer.body).toEqual({ data: { business: { id: variables.id, name: business.name, owner: { id: business.ownerWorkerId.toHexString() } } } });
    expect(officer.cacheControl).toBe('no-store');
    const anonymous = await ask(query, variables, {});
    expect(anonymous.body.data).toEqual({ business: { id: variables.id, name: business.name, owner: null } });
    expect(anonymous.body.errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    // Asked again, it is computed again.
    expect(Object.keys(await commandsDuring(() => ask(query, variables, stackInfo().officerHeaders.KOPERASI_UKM))).length).toBeGreaterThan(0);
  });

  // Every statistics field of the graph: its subgraph and database, and the collection it counts.
  const STATISTICS = [
    { field: 'workerStats', select: 'workerStats(by: PROVINCE) { key count }', subgraph: 'kp2mi', database: 'kp2mi', collection: 'workers' },
    { field: 'placementStats', select: 'placementStats(by: COUNTRY) { key count }', subgraph: 'kp2mi', database: 'kp2mi', collection: 'placements' },
    { field: 'businessStats', select: 'businessStats(by: SECTOR) { key count }', subgraph: 'koperasi-ukm', database: 'koperasi_ukm', collection: 'businesses' },
    { field: 'financingStats', select: 'financingStats(by: BANK) { key count totalAmountIdr }', subgraph: 'koperasi-ukm', database: 'koperasi_ukm', collection: 'financing_applications' },
  ];

  it.each(STATISTICS)('keeps $field for its caller only, until a write to what it counts', async ({ select, subgraph, database, collection }) => {
    const query = `{ ${select} }`;
    const exactCaller = await headersFor({ ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', sub: `exact-${collection}` });
    const mergedCaller = await headersFor({ ministry: 'KP2MI', roles: ['analyst'], sub: `analyst-${collection}` });
    const exact = await ask(query, {}, exactCaller);
    expect(exact.body.errors).toBeUndefined();
    expect(exact.cacheControl).toBe('max-age=30, private');
    // The same caller again: from the cache, one read of the write versions of the subgraph it was made from.
    let again: Awaited<ReturnType<typeof ask>> | undefined;
    expect(await commandsDuring(async () => (again = await ask(query, {}, exactCaller)))).toEqual({ [`${subgraph} find`]: 1 });
    expect(again!.body).toEqual(exact.body);
    expect(again!.cacheControl).toMatch(/^max-age=\d+, private$/);
    // Another caller is never sent it: its answer is its own (small buckets merged), computed for it.
    const merged = await ask(query, {}, mergedCaller);
    expect(merged.cacheControl).toBe('max-age=30, private');
    const total = (buckets: { count: number }[]) => buckets.reduce((sum, bucket) => sum + bucket.count, 0);
    const exactBuckets = Object.values(exact.body.data)[0] as { key: string; count: number }[];
    const mergedBuckets = Object.values(merged.body.data)[0] as { key: string; count: number }[];
    expect(mergedBuckets.every((bucket) => bucket.count >= 5 || bucket.key === 'SUPPRESSED')).toBe(true);
    if (exactBuckets.some((bucket) => bucket.count < 5)) expect(mergedBuckets).not.toEqual(exactBuckets);
    else expect(total(mergedBuckets)).toBe(total(exactBuckets));
    // Nor is an anonymous caller.
    const anonymous = await ask(query, {}, {});
    expect(anonymous.body).toEqual(merged.body);
    // A write to the collection it counts: the next answer is counted again.
    const connection = await openDatabase(database);
    try {
      await markWritten(connection.db!, collection);
    } finally {
      await connection.close();
    }
    const recounted = await commandsDuring(() => ask(query, {}, exactCaller));
    expect(recounted[`${subgraph} aggregate`]).toBeGreaterThanOrEqual(1);
  });

  it('never keeps statistics asked together with personal data', async () => {
    const worker = await koperasi.db!.collection('businesses').findOne({ ownerWorkerId: { $ne: null } });
    const query = `query($id: ID!) { workerStats(by: SEX) { key count } worker(id: $id) { id fullName } }`;
    const officer = stackInfo().defaultHeaders;
    const first = await ask(query, { id: worker!.ownerWorkerId.toHexString() }, officer);
    expect(first.body.errors).toBeUndefined();
    expect(first.cacheControl).toBe('no-store');
    // Asked again, it runs again (the worker is read, its restrictions checked): a kept answer
    // would have cost one read of the write versions, and skipped the record of the read.
    const asked = await commandsDuring(() => ask(query, { id: worker!.ownerWorkerId.toHexString() }, officer));
    expect(asked['kp2mi find']).toBeGreaterThan(1);
  });
});

describe('kept public answers and writes, across gateway replicas', () => {
  const LIST = 'query($country: String!) { jobOpenings(filter: { countryCode: $country, sector: ENERGY }, first: 100) { totalCount edges { node { id title } } } }';
  const PUBLISH = 'mutation($input: PublishJobOpeningInput!) { publishJobOpening(input: $input) { id } }';
  let replica: GatewayProcess;
  let kp2mi: Connection;
  beforeAll(async () => {
    replica = await startGatewayProcess('cache-replica', {});
    kp2mi = await openDatabase('kp2mi');
  });
  afterAll(async () => {
    await replica?.stop();
    await kp2mi?.close();
  });

  async function list(url: string) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LIST, variables: { country: 'QA' } }) });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(response.headers.get('cache-control')).toMatch(/^max-age=(30|29), public$/);
    return { totalCount: body.data.jobOpenings.totalCount as number, ids: body.data.jobOpenings.edges.map((edge: any) => edge.node.id) as string[] };
  }

  it('has each subgraph say its write versions only to the gateway, and only by GET', async () => {
    for (const [name, url] of Object.entries(stackInfo().subgraphUrls)) {
      const at = new URL('versions', url);
      const anonymous = await fetch(at);
      expect([name, anonymous.status, ((await anonymous.json()) as any).errors.map((e: any) => e.extensions.code)]).toEqual([name, 401, ['UNAUTHENTICATED']]);
      const signed = { [IDENTITY_HEADER]: signIdentity(ANONYMOUS, stackInfo().identitySecret) };
      const posted = await fetch(at, { method: 'POST', headers: signed });
      expect([name, posted.status]).toEqual([name, 405]);
      const answer = await fetch(at, { headers: signed });
      const { versions } = (await answer.json()) as { versions: Record<string, string> };
      expect([name, answer.status, answer.headers.get('cache-control')]).toEqual([name, 200, 'no-store']);
      expect(Object.values(versions).every((version) => /^[0-9a-f]{24}$/.test(version))).toBe(true);
      expect(Object.keys(versions).length).toBeGreaterThan(0);
    }
  });

  it('shows an opening published through one gateway in the next public list of another, and its removal too', async () => {
    const before = await list(replica.url);
    // The whole list fits in one page, so the new opening must be on it.
    expect(before.ids).toHaveLength(before.totalCount);
    expect(before.totalCount).toBeLessThan(100);
    // Kept: asked again, the replica reads only the write versions.
    expect(await commandsDuring(async () => expect(await list(replica.url)).toEqual(before))).toEqual({ 'kp2mi find': 1 });

    const published = await fetch(stackInfo().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...stackInfo().officerHeaders.KP2MI },
      body: JSON.stringify({ query: PUBLISH, variables: { input: { title: 'LNG plant operator', employer: 'Ras Laffan Operations', countryCode: 'QA', sector: 'ENERGY', vacancies: 3, closesOn: '2099-01-01' } } }),
    });
    const { data } = (await published.json()) as any;
    const id = data.publishJobOpening.id as string;
    try {
      const after = await list(replica.url);
      expect(after.totalCount).toBe(before.totalCount + 1);
      expect([...after.ids].sort()).toEqual([...before.ids, id].sort());
      // Both gateways answer the same list: the one the write went through, and the replica.
      expect(await list(stackInfo().gatewayUrl)).toEqual(after);
    } finally {
      // A write around the graph, said so (markWritten): the next answer is fresh again.
      await kp2mi.db!.collection('job_openings').deleteOne({ _id: new Types.ObjectId(id) });
      await markWritten(kp2mi.db!, 'job_openings');
    }
    expect(await list(replica.url)).toEqual(before);
  });
});
