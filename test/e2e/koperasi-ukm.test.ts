import type { Connection, mongo } from 'mongoose';
import { provinceByCode } from '../../subgraphs/reference/provinces';
import { gatewayClient, openDatabase } from './support/clients';
import { singleError } from './support/expect-error';
import { forgetKept } from './support/forget-kept';
import { stackInfo } from './support/stack-info';

let koperasi: Connection;
let kp2mi: Connection;
let countryNames: Map<string, string>;

beforeAll(async () => {
  koperasi = await openDatabase('koperasi_ukm');
  kp2mi = await openDatabase('kp2mi');
  countryNames = new Map((await kp2mi.db!.collection('countries').find().toArray()).map((c) => [c._id as unknown as string, c.name as string]));
});
afterAll(async () => {
  await koperasi.close();
  await kp2mi.close();
});

const col = (name: string) => koperasi.db!.collection(name);
const gql = <T>(query: string, variables?: Record<string, unknown>) => gatewayClient().request<T>(query, variables);
const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
const hex = (doc: mongo.Document) => doc._id.toHexString() as string;

/** MongoDB orders strings by code point and ObjectIds like their hex text; so does this. */
function compare(a: unknown, b: unknown): number {
  return a instanceof Date && b instanceof Date ? a.getTime() - b.getTime() : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
const byNameThenId = (a: mongo.Document, b: mongo.Document) => compare(a.name, b.name) || compare(hex(a), hex(b));
const newestAppliedFirst = (a: mongo.Document, b: mongo.Document) => compare(b.appliedOn, a.appliedOn) || compare(hex(b), hex(a));

/** The labels analysts read, written out here rather than taken from the implementation. */
const LABELS: Record<string, string> = {
  MICRO: 'Micro',
  SMALL: 'Small',
  MEDIUM: 'Medium',
  FOOD_BEVERAGE: 'Food and beverages',
  HANDICRAFT: 'Handicrafts',
  FASHION: 'Fashion and textiles',
  AGRICULTURE: 'Agriculture, plantation and fishery',
  FURNITURE: 'Furniture',
  TRADE: 'Trade',
  SERVICES: 'Services',
  OTHER: 'Other',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  DISBURSED: 'Disbursed',
};
const SCHEME_LABELS: Record<string, string> = { SUPER_MICRO: 'KUR Super Mikro', MICRO: 'KUR Mikro', SMALL: 'KUR Kecil', PMI: 'KUR PMI' };
const BANK_NAMES: Record<string, string> = {
  BRI: 'Bank Rakyat Indonesia (BRI)',
  BNI: 'Bank Negara Indonesia (BNI)',
  MANDIRI: 'Bank Mandiri',
  BSI: 'Bank Syariah Indonesia (BSI)',
  BTN: 'Bank Tabungan Negara (BTN)',
  BJB: 'Bank BJB (Jawa Barat dan Banten)',
  BANK_JATENG: 'Bank Jateng',
  BANK_JATIM: 'Bank Jatim',
  BANK_NTB_SYARIAH: 'Bank NTB Syariah',
  BANK_LAMPUNG: 'Bank Lampung',
  BANK_SUMUT: 'Bank Sumut',
  BPD_BALI: 'BPD Bali',
};

const PRODUCT_FIELDS = 'id name category priceIdr unit exportReady certifications markets { code name }';

function productNode(p: mongo.Document) {
  return {
    id: hex(p),
    name: p.name,
    category: p.category,
    priceIdr: p.priceIdr,
    unit: p.unit,
    exportReady: p.exportReady,
    certifications: p.certifications,
    markets: (p.marketCountryCodes as string[]).map((code) => ({ code, name: countryNames.get(code) })),
  };
}

/** The database commands koperasi-ukm sends while `work` runs, by command name (from its Prometheus `/metrics`). */
async function koperasiCommandsDuring(work: () => Promise<unknown>): Promise<Record<string, number>> {
  const read = async () => {
    const text = await (await fetch(new URL('/metrics', stackInfo().subgraphUrls['koperasi-ukm']))).text();
    return new Map([...text.matchAll(/^satu_graf_db_commands_total\{[^}]*command="(\w+)"\} (\d+)$/gm)].map((m) => [m[1]!, Number(m[2])]));
  };
  const before = await read();
  await work();
  const after = await read();
  return Object.fromEntries([...after].map(([command, n]) => [command, n - (before.get(command) ?? 0)]).filter(([, n]) => (n as number) > 0));
}

/** Walks a connection to its end with pages of `first` and returns every node id in order, with the totalCounts seen. */
async function walk(path: (data: any) => any, query: string, first: number, variables: Record<string, unknown> = {}) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    const connection = path(await gql(query, { ...variables, first, after }));
    totals.add(connection.totalCount);
    ids.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!connection.pageInfo.hasNextPage) return { ids, totals: [...totals] };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('the connection did not end');
}

describe("a returned worker's story after return", () => {
  it('shows the businesses with products, markets and financing, exactly as stored', async () => {
    // A worker-owned business with export markets and a financing application, as question 1 of the contract asks.
    const owned = await col('businesses').find({ ownerWorkerId: { $ne: null } }).toArray();
    const products = await col('products').find({ businessId: { $in: owned.map((b) => b._id) } }).toArray();
    const applications = await col('financing_applications').find({ businessId: { $in: owned.map((b) => b._id) } }).toArray();
    const showcase = owned.find(
      (b) => products.some((p) => p.businessId.equals(b._id) && p.marketCountryCodes.length > 0) && applications.some((a) => a.businessId.equals(b._id)),
    );
    expect(showcase).toBeDefined();
    const ownerId = showcase!.ownerWorkerId;
    const worker = await kp2mi.db!.collection('workers').findOne({ _id: ownerId });
    expect(worker!.status).toBe('RETURNED');

    const businesses = (await col('businesses').find({ ownerWorkerId: ownerId }).toArray()).sort(byNameThenId);
    const data = await gql<{ worker: unknown }>(
      `query($id: ID!) { worker(id: $id) { id fullName status businesses {
        id name ownedByReturnedWorker owner { id fullName status } province { code name } sector scale foundedOn
        products { ${PRODUCT_FIELDS} business { id } }
        financing { id scheme amountIdr bank status appliedOn decidedOn business { id name } }
      } } }`,
      { id: ownerId.toHexString() },
    );
    const expected = [];
    for (const b of businesses) {
      const ownProducts = (await col('products').find({ businessId: b._id }).toArray()).sort(byNameThenId);
      const ownApplications = (await col('financing_applications').find({ businessId: b._id }).toArray()).sort(newestAppliedFirst);
      expected.push({
        id: hex(b),
        name: b.name,
        ownedByReturnedWorker: true,
        owner: { id: ownerId.toHexString(), fullName: worker!.fullName, status: 'RETURNED' },
        province: { code: worker!.provinceCode, name: provinceByCode(worker!.provinceCode)!.name },
        sector: b.sector,
        scale: b.scale,
        foundedOn: day(b.foundedOn),
        products: ownProducts.map((p) => ({ ...productNode(p), business: { id: hex(b) } })),
        financing: ownApplications.map((a) => ({
          id: hex(a),
          scheme: a.scheme,
          amountIdr: a.amountIdr,
          bank: a.bank,
          status: a.status,
          appliedOn: day(a.appliedOn),
          decidedOn: day(a.decidedOn),
          business: { id: hex(b), name: b.name },
        })),
      });
    }
    expect(data.worker).toEqual({ id: ownerId.toHexString(), fullName: worker!.fullName, status: 'RETURNED', businesses: expected });
  });

  it('reads the businesses, products and applications of 10 returned workers with the same three finds as of 100', async () => {
    const query = `query($first: Int) { workers(first: $first, filter: { status: RETURNED }) { edges { node { id
      businesses { id owner { id } products { id markets { code name } business { id } } financing { id business { id } } }
    } } } }`;
    await gql(query, { first: 10 });
    let ten: { workers: { edges: { node: { businesses: unknown[] } }[] } } | undefined;
    await forgetKept();
    const forTen = await koperasiCommandsDuring(async () => (ten = await gql(query, { first: 10 })));
    await forgetKept();
    const forHundred = await koperasiCommandsDuring(() => gql(query, { first: 100 }));
    expect(ten!.workers.edges.some((e) => e.node.businesses.length > 0)).toBe(true);
    // Businesses by owner, products by business, applications by business, and the write versions
    // of those collections (one lookup for businesses, one for products and applications, asked in
    // the same tick). A larger answer may add a getMore (the driver fetching the rest of a find's
    // result beyond its first batch), never a find.
    expect(forTen.find).toBe(3 + 2);
    expect(forHundred.find).toBe(3 + 2);
    expect(Object.keys(forHundred).filter((command) => command !== 'find' && command !== 'getMore')).toEqual([]);
    // Asked again before any write: each worker's businesses, products and applications are kept by
    // write version, so only the two version lookups remain.
    expect(await koperasiCommandsDuring(() => gql(query, { first: 100 }))).toEqual({ find: 2 });
  });

  it('gives an empty list for a worker without a business and a null owner for a business without one', async () => {
    const ownerIds = await col('businesses').distinct('ownerWorkerId');
    const workerWithout = await kp2mi.db!.collection('workers').findOne({ _id: { $nin: ownerIds } });
    const unowned = await col('businesses').findOne({ ownerWorkerId: null });
    const data = await gql<unknown>('query($w: ID!, $b: ID!) { worker(id: $w) { id businesses { id } } business(id: $b) { id owner { id } ownedByReturnedWorker } }', {
      w: workerWithout!._id.toHexString(),
      b: hex(unowned!),
    });
    expect(data).toEqual({
      worker: { id: workerWithout!._id.toHexString(), businesses: [] },
      business: { id: hex(unowned!), owner: null, ownedByReturnedWorker: false },
    });
  });
});

describe('a destination country and its UMKM products', () => {
  it("lists the products marketed in Hong Kong with their makers and whether they are returned PMI", async () => {
    const products = (await col('products').find({ marketCountryCodes: 'HK' }).toArray()).sort(byNameThenId);
    expect(products.length).toBeGreaterThan(5);
    const businesses = new Map((await col('businesses').find({ _id: { $in: products.map((p) => p.businessId) } }).toArray()).map((b) => [hex(b), b]));
    const workers = new Map(
      (await kp2mi.db!.collection('workers').find({ _id: { $in: [...businesses.values()].map((b) => b.ownerWorkerId).filter(Boolean) } }).toArray()).map((w) => [hex(w), w]),
    );
    const data = await gql<unknown>(
      `{ country(code: "HK") { code name marketedProducts(first: 5) {
        totalCount pageInfo { hasNextPage }
        edges { node { ${PRODUCT_FIELDS} business { id name ownedByReturnedWorker owner { id fullName } } } }
      } } }`,
    );
    expect(data).toEqual({
      country: {
        code: 'HK',
        name: 'Hong Kong',
        marketedProducts: {
          totalCount: products.length,
          pageInfo: { hasNextPage: true },
          edges: products.slice(0, 5).map((p) => {
            const business = businesses.get(p.businessId.toHexString())!;
            const owner = business.ownerWorkerId ? workers.get(business.ownerWorkerId.toHexString())! : null;
            return {
              node: {
                ...productNode(p),
                business: { id: hex(business), name: business.name, ownedByReturnedWorker: business.ownedByReturnedWorker, owner: owner && { id: hex(owner), fullName: owner.fullName } },
              },
            };
          }),
        },
      },
    });
  });

  it('walks every page of a country\'s products: each exactly once, in order, matching totalCount', async () => {
    const expected = (await col('products').find({ marketCountryCodes: 'TW' }).toArray()).sort(byNameThenId).map(hex);
    const { ids, totals } = await walk(
      (data) => data.country.marketedProducts,
      'query($first: Int, $after: String) { country(code: "TW") { marketedProducts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }',
      7,
    );
    expect(expected.length).toBeGreaterThan(14);
    expect(totals).toEqual([expected.length]);
    expect(ids).toEqual(expected);
  });

  it('answers every country at once, page after page, with the same few database commands whatever the page size', async () => {
    const query = `query($first: Int, $after: String) { countries { code marketedProducts(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } } }`;
    let first: { countries: { code: string; marketedProducts: { totalCount: number; pageInfo: { endCursor: string | null }; edges: { node: { id: string } }[] } }[] } | undefined;
    const forThree = await koperasiCommandsDuring(async () => (first = await gql(query, { first: 3 })));
    const forTen = await koperasiCommandsDuring(() => gql(query, { first: 10 }));
    // One find for every country's page and one aggregation for every total, not one of each per
    // country; and one find of the write versions, read before the fetch of an answer that may be kept.
    expect(forThree).toMatchObject({ find: 2, aggregate: 1 });
    expect(forTen).toEqual(forThree);
    for (const country of first!.countries) {
      const expected = (await col('products').find({ marketCountryCodes: country.code }).toArray()).sort(byNameThenId).map(hex);
      expect({ code: country.code, totalCount: country.marketedProducts.totalCount, ids: country.marketedProducts.edges.map((e) => e.node.id) }).toEqual({
        code: country.code,
        totalCount: expected.length,
        ids: expected.slice(0, 3),
      });
    }
    // The same `after` for every country: each continues after that name.
    const after = first!.countries.find((c) => c.code === 'HK')!.marketedProducts.pageInfo.endCursor;
    const next = await gql<typeof first>(query, { first: 2, after });
    const [hk] = (await col('products').find({ marketCountryCodes: 'HK' }).toArray()).sort(byNameThenId).slice(2, 3);
    for (const country of next!.countries) {
      const expected = (await col('products').find({ marketCountryCodes: country.code }).toArray())
        .sort(byNameThenId)
        .filter((p) => byNameThenId(p, hk!) > 0)
        .map(hex);
      expect({ code: country.code, ids: country.marketedProducts.edges.map((e) => e.node.id) }).toEqual({ code: country.code, ids: expected.slice(0, 2) });
    }
  });
});

describe('businesses and products', () => {
  it.each([
    ['businesses', 'businesses', 'BusinessFilter', undefined, {}],
    ['returned-worker businesses in Jawa Timur', 'businesses', 'BusinessFilter', { provinceCode: '35', ownedByReturnedWorker: true }, { provinceCode: '35', ownedByReturnedWorker: true }],
    ['products', 'products', 'ProductFilter', undefined, {}],
    ['export-ready products marketed in Japan', 'products', 'ProductFilter', { exportReady: true, marketCountryCode: 'jp' }, { exportReady: true, marketCountryCodes: 'JP' }],
  ])('walks every page of %s: each exactly once, in order, matching totalCount', async (_name, field, filterType, filter, mongoFilter) => {
    const collection = field === 'businesses' ? 'businesses' : 'products';
    const expected = (await col(collection).find(mongoFilter as mongo.Filter<mongo.Document>).toArray()).sort(byNameThenId).map(hex);
    expect(expected.length).toBeGreaterThan(filter ? 5 : 100);
    const { ids, totals } = await walk(
      (data) => data[field],
      `query($first: Int, $after: String, $filter: ${filterType}) { ${field}(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      filter ? 4 : 100,
      { filter },
    );
    expect(totals).toEqual([expected.length]);
    expect(ids).toEqual(expected);
  });

  it.each([
    ['scale', { scale: 'SMALL' }, { scale: 'SMALL' }],
    ['sector', { sector: 'FURNITURE' }, { sector: 'FURNITURE' }],
    ['ownedByReturnedWorker', { ownedByReturnedWorker: false }, { ownedByReturnedWorker: false }],
    ['provinceCode', { provinceCode: '33' }, { provinceCode: '33' }],
  ])('filters businesses by %s: page and totalCount match the collection', async (_name, filter, mongoFilter) => {
    const docs = (await col('businesses').find(mongoFilter).toArray()).sort(byNameThenId);
    expect(docs.length).toBeGreaterThan(0);
    const data = await gql<unknown>(
      'query($filter: BusinessFilter) { businesses(filter: $filter, first: 10) { totalCount edges { node { id name ownedByReturnedWorker province { code } sector scale foundedOn } } } }',
      { filter },
    );
    expect(data).toEqual({
      businesses: {
        totalCount: docs.length,
        edges: docs.slice(0, 10).map((b) => ({
          node: { id: hex(b), name: b.name, ownedByReturnedWorker: b.ownedByReturnedWorker, province: { code: b.provinceCode }, sector: b.sector, scale: b.scale, foundedOn: day(b.foundedOn) },
        })),
      },
    });
  });

  it.each([
    ['category', { category: 'Coffee' }, { category: 'Coffee' }],
    ['exportReady', { exportReady: false }, { exportReady: false }],
    ['marketCountryCode', { marketCountryCode: 'US' }, { marketCountryCodes: 'US' }],
  ])('filters products by %s: page and totalCount match the collection', async (_name, filter, mongoFilter) => {
    const docs = (await col('products').find(mongoFilter).toArray()).sort(byNameThenId);
    expect(docs.length).toBeGreaterThan(0);
    const data = await gql<unknown>(`query($filter: ProductFilter) { products(filter: $filter, first: 10) { totalCount edges { node { ${PRODUCT_FIELDS} business { id } } } } }`, { filter });
    expect(data).toEqual({
      products: { totalCount: docs.length, edges: docs.slice(0, 10).map((p) => ({ node: { ...productNode(p), business: { id: p.businessId.toHexString() } } })) },
    });
  });

  it('finds one business and one product by id, null for unknown ids', async () => {
    const product = await col('products').findOne({ exportReady: true });
    const business = await col('businesses').findOne({ _id: product!.businessId });
    const data = await gql<unknown>(
      `query($p: ID!, $b: ID!) { product(id: $p) { ${PRODUCT_FIELDS} business { id name } } business(id: $b) { id name province { code name } }
        unknownProduct: product(id: "0000000000000000000000ff") { id } unknownBusiness: business(id: "0000000000000000000000ff") { id } }`,
      { p: hex(product!), b: hex(business!) },
    );
    expect(data).toEqual({
      product: { ...productNode(product!), business: { id: hex(business!), name: business!.name } },
      business: { id: hex(business!), name: business!.name, province: { code: business!.provinceCode, name: provinceByCode(business!.provinceCode)!.name } },
      unknownProduct: null,
      unknownBusiness: null,
    });
  });

  it.each([
    ['a malformed business id', '{ business(id: "nope") { id } }', 'id "nope" is not a business id (24 hexadecimal characters)', 'id', ['business']],
    ['a malformed product id', '{ product(id: "nope") { id } }', 'id "nope" is not a product id (24 hexadecimal characters)', 'id', ['product']],
    ['an unknown province', '{ businesses(filter: { provinceCode: "99" }) { totalCount } }', 'provinceCode "99" is not a Kemendagri province code (e.g. "35" for Jawa Timur)', 'filter.provinceCode', ['businesses']],
    ['an unknown market', '{ products(filter: { marketCountryCode: "XX" }) { totalCount } }', 'marketCountryCode "XX" is not an ISO 3166-1 alpha-2 country code (e.g. "TW")', 'filter.marketCountryCode', ['products']],
    ['a forged cursor', '{ businesses(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after is not a cursor returned by Query.businesses', 'after', ['businesses']],
    // A page above 100 is refused by the gateway before any subgraph is asked: no path.
    ['first above 100', '{ products(first: 101) { totalCount } }', 'first must be at most 100; got 101. Page through the rest with after.', 'first', undefined],
    ['first above 100 for a country', '{ country(code: "HK") { marketedProducts(first: 101) { totalCount } } }', 'first must be at most 100; got 101. Page through the rest with after.', 'first', undefined],
  ])('rejects %s with BAD_USER_INPUT naming the field', async (_name, query, message, field, path) => {
    expect(await singleError(query)).toEqual({ message, code: 'BAD_USER_INPUT', field, path });
  });

  it('lists the KUR banks by name', async () => {
    const data = await gql<{ kurBanks: { code: string; name: string }[] }>('{ kurBanks { code name } }');
    const expected = Object.entries(BANK_NAMES)
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(data.kurBanks).toEqual(expected);
  });
});

describe('statistics', () => {
  /** Counts (and sums) grouped here from a plain read of the collection, sorted like the contract says. */
  async function grouped(collection: string, field: string, label: (key: string) => string, filter: mongo.Filter<mongo.Document> = {}, sum?: string) {
    const buckets = new Map<string, { key: string; label: string; count: number; totalAmountIdr?: number }>();
    for (const doc of await col(collection).find(filter).toArray()) {
      const key = String(doc[field]);
      const bucket = buckets.get(key) ?? { key, label: label(key), count: 0, ...(sum ? { totalAmountIdr: 0 } : {}) };
      bucket.count += 1;
      if (sum) bucket.totalAmountIdr! += doc[sum];
      buckets.set(key, bucket);
    }
    return [...buckets.values()].sort((a, b) => b.count - a.count || compare(a.key, b.key));
  }

  it.each([
    ['PROVINCE', 'provinceCode'],
    ['SCALE', 'scale'],
    ['SECTOR', 'sector'],
  ])('counts businesses by %s like the collection does', async (by, field) => {
    const data = await gql<{ businessStats: { key: string; label: string; count: number }[] }>(`{ businessStats(by: ${by}) { key label count } }`);
    const expected = await grouped('businesses', field, (key) => (by === 'PROVINCE' ? provinceByCode(key)!.name : LABELS[key]!));
    expect(data.businessStats).toEqual(expected);
    expect(data.businessStats.reduce((n, b) => n + b.count, 0)).toBe(await col('businesses').countDocuments());
  });

  it('counts the businesses of returned workers by province, with province names (question 4)', async () => {
    const data = await gql<{ businessStats: unknown[] }>('{ businessStats(by: PROVINCE, filter: { ownedByReturnedWorker: true }) { key label count } }');
    const expected = await grouped('businesses', 'provinceCode', (code) => provinceByCode(code)!.name, { ownedByReturnedWorker: true });
    expect(expected.length).toBeGreaterThan(2);
    expect(data.businessStats).toEqual(expected);
  });

  it.each([
    ['SCHEME', 'scheme', (key: string) => SCHEME_LABELS[key]!],
    ['STATUS', 'status', (key: string) => LABELS[key]!],
    ['BANK', 'bank', (key: string) => BANK_NAMES[key]!],
  ])('counts financing applications by %s and sums their amounts in whole rupiah', async (by, field, label) => {
    const data = await gql<{ financingStats: { totalAmountIdr: number }[] }>(`{ financingStats(by: ${by as string}) { key label count totalAmountIdr } }`);
    const expected = await grouped('financing_applications', field as string, label as (key: string) => string, {}, 'amountIdr');
    expect(data.financingStats).toEqual(expected);
    // Sums pass GraphQL's 32-bit Int, which is why the field is a Float.
    expect(Math.max(...data.financingStats.map((b) => b.totalAmountIdr))).toBeGreaterThan(2 ** 31);
    for (const bucket of data.financingStats) expect(Number.isInteger(bucket.totalAmountIdr)).toBe(true);
  });
});
