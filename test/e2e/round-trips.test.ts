import type { Connection } from 'mongoose';
import type { Types } from 'mongoose';
import { gatewayClient, openDatabase } from './support/clients';
import { commandsDuring } from './support/db-commands';
import { forgetKept } from './support/forget-kept';

/** Everything the graph knows about a page of workers, across the four subgraphs, personal data included. */
const WHOLE_STORY_PAGE = `query($first: Int!, $after: String) {
  workers(first: $first, after: $after) {
    totalCount
    edges { node {
      id fullName status province { name } nik phone
      placements { id sector country { code name activeWorkers } jobOpening { id title } }
      currentPlacement { id }
      energyEnrollments { id status course { id title trainingCenter { name } } }
      energyCertificates { id scheme issuer }
      industryEnrollments { id status course { id title } }
      industryCertificates { id scheme }
      businesses { id name products { id name markets { code name } } financing { id scheme amountIdr } }
    } }
  }
}`;

const databases: Record<string, Connection> = {};
beforeAll(async () => {
  for (const name of ['kp2mi', 'esdm', 'perindustrian', 'koperasi_ukm']) databases[name] = await openDatabase(name);
});
afterAll(async () => {
  for (const connection of Object.values(databases)) await connection.close();
});

const ids = async (db: string, collection: string, filter: Record<string, unknown>, field: string) =>
  new Set((await databases[db]!.db!.collection(collection).find(filter).toArray()).map((doc) => String(doc[field])));

/**
 * Which kinds of reference each worker has: a page of five is only a fair comparison with a
 * page of a hundred when every loader of the operation has something to load in both.
 */
async function referenceKinds(): Promise<Record<string, Set<string>>> {
  const productsWithMarkets = await ids('koperasi_ukm', 'products', { 'marketCountryCodes.0': { $exists: true } }, 'businessId');
  const financed = await ids('koperasi_ukm', 'financing_applications', {}, 'businessId');
  const businesses = await databases.koperasi_ukm!.db!.collection('businesses').find({ ownerWorkerId: { $ne: null } }).toArray();
  return {
    placement: await ids('kp2mi', 'placements', {}, 'workerId'),
    'placement through a job opening': await ids('kp2mi', 'placements', { jobOpeningId: { $ne: null } }, 'workerId'),
    'energy enrollment': await ids('esdm', 'enrollments', {}, 'workerId'),
    'energy certificate': await ids('esdm', 'certificates', {}, 'workerId'),
    'industry enrollment': await ids('perindustrian', 'enrollments', {}, 'workerId'),
    'industry certificate': await ids('perindustrian', 'certificates', {}, 'workerId'),
    'business with an exported product': new Set(businesses.filter((b) => productsWithMarkets.has(String(b._id))).map((b) => String(b.ownerWorkerId))),
    'business with financing': new Set(businesses.filter((b) => financed.has(String(b._id))).map((b) => String(b.ownerWorkerId))),
  };
}

/** The first run of five workers, in the graph's order, in which every kind of reference occurs. */
async function coveringWindow(): Promise<number> {
  const workers = await databases.kp2mi!.db!.collection('workers').find({}, { projection: { _id: 1 } }).sort({ registeredAt: -1, _id: -1 }).toArray();
  const order = workers.map((w) => (w._id as Types.ObjectId).toHexString());
  const kinds = Object.values(await referenceKinds());
  for (let start = 0; start + 5 <= order.length; start++) {
    const window = order.slice(start, start + 5);
    if (kinds.every((kind) => window.some((id) => kind.has(id)))) return start;
  }
  throw new Error('No five consecutive seeded workers have every kind of reference; seed more workers for this test');
}

describe('database round trips', () => {
  it('are the same per subgraph for a page of 5 workers and a page of 100', async () => {
    const client = gatewayClient();
    const start = await coveringWindow();
    // The cursor just before that run, found by paging as a client would.
    let before: string | null = null;
    for (let skipped = 0; skipped < start; ) {
      const n = Math.min(100, start - skipped);
      const page: { workers: { pageInfo: { endCursor: string } } } = await client.request('query($n: Int!, $after: String) { workers(first: $n, after: $after) { pageInfo { endCursor } } }', { n, after: before });
      before = page.workers.pageInfo.endCursor;
      skipped += n;
    }
    // Warm-up: the first operation also plans the query and opens connections.
    await client.request(WHOLE_STORY_PAGE, { first: 5, after: before });
    let small: { workers: { edges: unknown[] } } | undefined;
    let large: { workers: { edges: unknown[] } } | undefined;
    // Each measured with nothing kept by write version, so both pay every read.
    await forgetKept();
    const forFive = await commandsDuring(async () => (small = await client.request(WHOLE_STORY_PAGE, { first: 5, after: before })));
    await forgetKept();
    const forHundred = await commandsDuring(async () => (large = await client.request(WHOLE_STORY_PAGE, { first: 100, after: before })));
    expect(small!.workers.edges).toHaveLength(5);
    expect(large!.workers.edges).toHaveLength(100);
    expect(forHundred).toEqual(forFive);
    // Asked again before any write, the references of each worker are kept (one version lookup
    // instead of a scan per loader): fewer finds in each subgraph that loads references, never more.
    const again = await commandsDuring(() => client.request(WHOLE_STORY_PAGE, { first: 100, after: before }));
    for (const subgraph of ['esdm', 'perindustrian', 'koperasi-ukm']) expect(again[`${subgraph} find`] ?? 0).toBeLessThan(forHundred[`${subgraph} find`]!);
    expect(again['kp2mi find']).toBeLessThanOrEqual(forHundred['kp2mi find']!);
    // Personal data read for the whole page goes on record with one insert (one entry per worker).
    expect(forFive['kp2mi insert']).toBe(1);
    // Every subgraph took part.
    expect(new Set(Object.keys(forFive).map((key) => key.split(' ')[0]))).toEqual(new Set(['kp2mi', 'esdm', 'perindustrian', 'koperasi-ukm']));
    process.stdout.write(`database commands per subgraph, 5 workers: ${JSON.stringify(forFive)}; 100 workers: ${JSON.stringify(forHundred)}; 100 again: ${JSON.stringify(again)}\n`);
  });
});
