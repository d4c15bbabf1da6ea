import type { Connection } from 'mongoose';
import { Types } from 'mongoose';
import { KUR_BANKS } from '../../subgraphs/koperasi-ukm/kur';
import { provinceByCode } from '../../subgraphs/reference/provinces';
import { gatewayClient, openDatabase } from './support/clients';
import { singleError } from './support/expect-error';
import { stackInfo } from './support/stack-info';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';

let koperasi: Connection;
let kp2mi: Connection;
/** Documents this file inserts, removed after each test so every test sees the seeded data. */
const created: { collection: string; id: Types.ObjectId }[] = [];

beforeAll(async () => {
  koperasi = await openDatabase('koperasi_ukm');
  kp2mi = await openDatabase('kp2mi');
});
afterEach(async () => {
  for (const { collection, id } of created.splice(0)) {
    await koperasi.db!.collection(collection).deleteOne({ _id: id });
    await markWritten(koperasi.db!, collection);
  }
});
afterAll(async () => {
  await koperasi.close();
  await kp2mi.close();
});

const col = (name: string) => koperasi.db!.collection(name);
/** Koperasi-UKM's data is written by its own officers. */
const officer = () => stackInfo().officerHeaders.KOPERASI_UKM;
const gql = <T>(query: string, variables?: Record<string, unknown>) => gatewayClient(officer()).request<T>(query, variables);
const today = () => new Date().toISOString().slice(0, 10);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const track = (collection: string, id: string) => created.push({ collection, id: new Types.ObjectId(id) });
const UNKNOWN_ID = '0000000000000000000000ff';

/** Asserts the single error of a rejected mutation and that the collection did not change. */
async function expectRejected(collection: string, query: string, variables: Record<string, unknown>, expected: { code: string; field: string; message: string }) {
  const before = await col(collection).countDocuments();
  expect(await singleError(query, variables, officer())).toEqual({ ...expected, path: [query.match(/\{\s*(\w+)/)![1]] });
  expect(await col(collection).countDocuments()).toBe(before);
}

async function workerWithStatus(status: string) {
  return (await kp2mi.db!.collection('workers').findOne({ status }))!;
}

describe('registerBusiness', () => {
  const REGISTER = `mutation($input: RegisterBusinessInput!) { registerBusiness(input: $input) {
    id name owner { id fullName status } ownedByReturnedWorker province { code name } sector scale foundedOn products { id } financing { id } } }`;
  const input = (change: Record<string, unknown> = {}) => ({ name: '  Keripik Tempe Bu Yanti  ', provinceCode: '33', sector: 'FOOD_BEVERAGE', scale: 'MICRO', foundedOn: '2025-02-14', ...change });

  it('registers a business without an owner and stores exactly what it returns', async () => {
    const data = await gql<{ registerBusiness: { id: string } }>(REGISTER, { input: input() });
    track('businesses', data.registerBusiness.id);
    expect(data.registerBusiness).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: 'Keripik Tempe Bu Yanti',
      owner: null,
      ownedByReturnedWorker: false,
      province: { code: '33', name: 'Jawa Tengah' },
      sector: 'FOOD_BEVERAGE',
      scale: 'MICRO',
      foundedOn: '2025-02-14',
      products: [],
      financing: [],
    });
    const { _id, ...stored } = (await col('businesses').findOne({ _id: new Types.ObjectId(data.registerBusiness.id) }))!;
    expect(stored).toEqual({
      name: 'Keripik Tempe Bu Yanti',
      ownerWorkerId: null,
      ownedByReturnedWorker: false,
      provinceCode: '33',
      sector: 'FOOD_BEVERAGE',
      scale: 'MICRO',
      foundedOn: new Date('2025-02-14T00:00:00.000Z'),
    });
  });

  it.each([
    ['RETURNED', true],
    ['DEPLOYED', false],
  ])('asks the graph for the owner: a %s worker makes ownedByReturnedWorker %s', async (status, returned) => {
    const worker = await workerWithStatus(status);
    const data = await gql<{ registerBusiness: { id: string } }>(REGISTER, { input: input({ ownerWorkerId: worker._id.toHexString(), provinceCode: worker.provinceCode }) });
    track('businesses', data.registerBusiness.id);
    expect(data.registerBusiness).toMatchObject({
      owner: { id: worker._id.toHexString(), fullName: worker.fullName, status },
      ownedByReturnedWorker: returned,
      province: { code: worker.provinceCode, name: provinceByCode(worker.provinceCode)!.name },
    });
    const stored = await col('businesses').findOne({ _id: new Types.ObjectId(data.registerBusiness.id) });
    expect(stored).toMatchObject({ ownerWorkerId: worker._id, ownedByReturnedWorker: returned });
    // The worker's side of the graph now lists it.
    const story = await gql<{ worker: { businesses: { id: string }[] } }>('query($id: ID!) { worker(id: $id) { businesses { id } } }', { id: worker._id.toHexString() });
    expect(story.worker.businesses).toContainEqual({ id: data.registerBusiness.id });
  });

  it.each([
    ['an empty name', { name: '   ' }, 'BAD_USER_INPUT', 'input.name', 'name must not be empty'],
    ['a name over 150 characters', { name: 'K'.repeat(151) }, 'BAD_USER_INPUT', 'input.name', 'name must be at most 150 characters'],
    ['an unknown province', { provinceCode: '99' }, 'BAD_USER_INPUT', 'input.provinceCode', 'provinceCode "99" is not a Kemendagri province code (e.g. "35" for Jawa Timur)'],
    ['a founding date in the future', { foundedOn: '2099-01-01' }, 'BAD_USER_INPUT', 'input.foundedOn', 'foundedOn must not be in the future'],
    ['a malformed owner id', { ownerWorkerId: 'abc' }, 'BAD_USER_INPUT', 'input.ownerWorkerId', 'input.ownerWorkerId "abc" is not a worker id (24 hexadecimal characters)'],
    ['an owner unknown to KP2MI', { ownerWorkerId: UNKNOWN_ID }, 'NOT_FOUND', 'input.ownerWorkerId', `No worker with id ${UNKNOWN_ID}`],
  ])('refuses %s and writes nothing', async (_name, change, code, field, message) => {
    await expectRejected('businesses', REGISTER, { input: input(change) }, { code, field, message });
  });
});

describe('addProduct', () => {
  const ADD = `mutation($input: AddProductInput!) { addProduct(input: $input) {
    id name category priceIdr unit exportReady certifications markets { code name } business { id name } } }`;
  let business: { _id: Types.ObjectId; name: string };
  beforeAll(async () => {
    business = (await col('businesses').findOne({ ownerWorkerId: null })) as unknown as typeof business;
  });
  const input = (change: Record<string, unknown> = {}) => ({
    businessId: business._id.toHexString(),
    name: 'Keripik Tempe Rumput Laut 100 g',
    category: 'Crackers',
    priceIdr: 18_500,
    unit: 'pack',
    exportReady: true,
    certifications: ['halal', 'PIRT', 'HALAL'],
    marketCountryCodes: ['hk', 'TW', 'HK'],
    ...change,
  });

  it('adds a product to a business, with normalised certifications and markets named by KP2MI', async () => {
    const data = await gql<{ addProduct: { id: string } }>(ADD, { input: input() });
    track('products', data.addProduct.id);
    expect(data.addProduct).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: 'Keripik Tempe Rumput Laut 100 g',
      category: 'Crackers',
      priceIdr: 18_500,
      unit: 'pack',
      exportReady: true,
      certifications: ['HALAL', 'PIRT'],
      markets: [
        { code: 'HK', name: 'Hong Kong' },
        { code: 'TW', name: 'Taiwan' },
      ],
      business: { id: business._id.toHexString(), name: business.name },
    });
    const { _id, ...stored } = (await col('products').findOne({ _id: new Types.ObjectId(data.addProduct.id) }))!;
    expect(stored).toEqual({
      businessId: business._id,
      name: 'Keripik Tempe Rumput Laut 100 g',
      category: 'Crackers',
      priceIdr: 18_500,
      unit: 'pack',
      exportReady: true,
      certifications: ['HALAL', 'PIRT'],
      marketCountryCodes: ['HK', 'TW'],
    });
    const country = await gql<{ country: { marketedProducts: { edges: { node: { id: string } }[] } } }>(
      '{ country(code: "TW") { marketedProducts(first: 100) { edges { node { id } } } } }',
    );
    expect(country.country.marketedProducts.edges).toContainEqual({ node: { id: data.addProduct.id } });
  });

  it('adds a product sold at home only with the defaults', async () => {
    const data = await gql<{ addProduct: unknown }>(ADD, {
      input: { businessId: business._id.toHexString(), name: 'Cuci Setrika Kiloan', category: 'Laundry', priceIdr: 7_000, unit: 'kg' },
    });
    track('products', (data.addProduct as { id: string }).id);
    expect(data.addProduct).toMatchObject({ exportReady: false, certifications: [], markets: [] });
  });

  it.each([
    ['a malformed business id', { businessId: 'xyz' }, 'BAD_USER_INPUT', 'input.businessId', 'input.businessId "xyz" is not a business id (24 hexadecimal characters)'],
    ['an unknown business', { businessId: UNKNOWN_ID }, 'NOT_FOUND', 'input.businessId', `No business with id ${UNKNOWN_ID}`],
    ['an empty name', { name: '' }, 'BAD_USER_INPUT', 'input.name', 'name must not be empty'],
    ['a name over 150 characters', { name: 'x'.repeat(151) }, 'BAD_USER_INPUT', 'input.name', 'name must be at most 150 characters'],
    ['a category over 60 characters', { category: 'c'.repeat(61) }, 'BAD_USER_INPUT', 'input.category', 'category must be at most 60 characters'],
    ['a unit over 30 characters', { unit: 'u'.repeat(31) }, 'BAD_USER_INPUT', 'input.unit', 'unit must be at most 30 characters'],
    ['a price of 0', { priceIdr: 0 }, 'BAD_USER_INPUT', 'input.priceIdr', 'priceIdr must be more than 0 (whole rupiah); got 0'],
    ['a negative price', { priceIdr: -5_000 }, 'BAD_USER_INPUT', 'input.priceIdr', 'priceIdr must be more than 0 (whole rupiah); got -5000'],
    [
      'an unknown certification',
      { certifications: ['HALAL', 'ISO9001'] },
      'BAD_USER_INPUT',
      'input.certifications',
      'certifications "ISO9001" is not a known certification (HALAL, BPOM, PIRT, SNI, SVLK, ORGANIC, HACCP, FAIR_TRADE, BATIKMARK, GI)',
    ],
    ['too many certifications', { certifications: Array(11).fill('HALAL') }, 'BAD_USER_INPUT', 'input.certifications', 'certifications must have at most 10 items'],
    ['an unknown market', { marketCountryCodes: ['HK', 'XX'] }, 'BAD_USER_INPUT', 'input.marketCountryCodes', 'marketCountryCodes "XX" is not an ISO 3166-1 alpha-2 country code (e.g. "TW")'],
    ['too many markets', { marketCountryCodes: Array(21).fill('HK') }, 'BAD_USER_INPUT', 'input.marketCountryCodes', 'marketCountryCodes must have at most 20 items'],
    [
      'markets for a product that is not export-ready',
      { exportReady: false },
      'BAD_USER_INPUT',
      'input.marketCountryCodes',
      'Only an export-ready product is marketed abroad: set exportReady or leave marketCountryCodes empty',
    ],
  ])('refuses %s and writes nothing', async (_name, change, code, field, message) => {
    await expectRejected('products', ADD, { input: input(change) }, { code, field, message });
  });
});

describe('applyForFinancing and decideFinancing', () => {
  const APPLY = `mutation($input: ApplyForFinancingInput!) { applyForFinancing(input: $input) {
    id business { id name owner { id } } scheme amountIdr bank status appliedOn decidedOn } }`;
  const DECIDE = 'mutation($id: ID!, $approve: Boolean!) { decideFinancing(id: $id, approve: $approve) { id status decidedOn } }';
  let unowned: { _id: Types.ObjectId; name: string };
  let owned: { _id: Types.ObjectId; name: string; ownerWorkerId: Types.ObjectId };
  beforeAll(async () => {
    unowned = (await col('businesses').findOne({ ownerWorkerId: null })) as unknown as typeof unowned;
    owned = (await col('businesses').findOne({ ownerWorkerId: { $ne: null } })) as unknown as typeof owned;
  });
  const input = (change: Record<string, unknown> = {}) => ({ businessId: unowned._id.toHexString(), scheme: 'MICRO', amountIdr: 75_000_000, bank: 'BRI', ...change });

  async function apply(change: Record<string, unknown> = {}) {
    const data = await gql<{ applyForFinancing: { id: string } }>(APPLY, { input: input(change) });
    track('financing_applications', data.applyForFinancing.id);
    return data.applyForFinancing;
  }

  it('submits an application within the ceiling and stores exactly what it returns', async () => {
    const application = await apply({ bank: ' mandiri ' });
    expect(application).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      business: { id: unowned._id.toHexString(), name: unowned.name, owner: null },
      scheme: 'MICRO',
      amountIdr: 75_000_000,
      bank: 'MANDIRI',
      status: 'SUBMITTED',
      appliedOn: today(),
      decidedOn: null,
    });
    const { _id, appliedOn, ...stored } = (await col('financing_applications').findOne({ _id: new Types.ObjectId(application.id) }))!;
    expect({ ...stored, appliedOn: dayOf(appliedOn) }).toEqual({
      businessId: unowned._id,
      scheme: 'MICRO',
      amountIdr: 75_000_000,
      bank: 'MANDIRI',
      status: 'SUBMITTED',
      appliedOn: today(),
      decidedOn: null,
    });
  });

  it.each([
    ['SUPER_MICRO', 10_000_000],
    ['MICRO', 100_000_000],
    ['SMALL', 500_000_000],
  ])('accepts %s up to its ceiling of Rp%s', async (scheme, ceiling) => {
    expect(await apply({ scheme, amountIdr: ceiling })).toMatchObject({ scheme, amountIdr: ceiling, status: 'SUBMITTED' });
  });

  it('accepts KUR PMI up to Rp100,000,000 for a business whose owner is a registered worker', async () => {
    const application = await apply({ businessId: owned._id.toHexString(), scheme: 'PMI', amountIdr: 100_000_000 });
    expect(application).toMatchObject({ business: { id: owned._id.toHexString(), owner: { id: owned.ownerWorkerId.toHexString() } }, scheme: 'PMI', amountIdr: 100_000_000 });
    const financing = await gql<{ business: { financing: { id: string }[] } }>('query($id: ID!) { business(id: $id) { financing { id } } }', { id: owned._id.toHexString() });
    expect(financing.business.financing[0]).toEqual({ id: application.id });
  });

  it('refuses KUR PMI for a business without an owner and writes nothing', async () => {
    await expectRejected('financing_applications', APPLY, { input: input({ scheme: 'PMI', amountIdr: 50_000_000 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.scheme',
      message: `KUR PMI is only for a business owned by a migrant worker registered with KP2MI; business ${unowned._id.toHexString()} has no registered owner`,
    });
  });

  it('refuses KUR PMI when the recorded owner is not registered with KP2MI and writes nothing', async () => {
    const ghost = new Types.ObjectId();
    const businessId = new Types.ObjectId();
    await col('businesses').insertOne({ _id: businessId, name: 'Usaha Tanpa Data', ownerWorkerId: ghost, ownedByReturnedWorker: false, provinceCode: '35', sector: 'TRADE', scale: 'MICRO', foundedOn: new Date('2024-01-01') });
    created.push({ collection: 'businesses', id: businessId });
    await expectRejected('financing_applications', APPLY, { input: input({ businessId: businessId.toHexString(), scheme: 'PMI', amountIdr: 50_000_000 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.scheme',
      message: `KUR PMI is only for a business owned by a migrant worker registered with KP2MI; the owner ${ghost.toHexString()} is not registered with KP2MI`,
    });
  });

  it.each([
    ['SUPER_MICRO above Rp10,000,000', { scheme: 'SUPER_MICRO', amountIdr: 10_000_001 }, 'input.amountIdr', 'KUR Super Mikro lends at most Rp10,000,000; got Rp10,000,001'],
    ['MICRO above Rp100,000,000', { scheme: 'MICRO', amountIdr: 100_000_001 }, 'input.amountIdr', 'KUR Mikro lends at most Rp100,000,000; got Rp100,000,001'],
    ['SMALL above Rp500,000,000', { scheme: 'SMALL', amountIdr: 500_000_001 }, 'input.amountIdr', 'KUR Kecil lends at most Rp500,000,000; got Rp500,000,001'],
    ['PMI above Rp100,000,000', { scheme: 'PMI', amountIdr: 100_000_001 }, 'input.amountIdr', 'KUR PMI lends at most Rp100,000,000; got Rp100,000,001'],
    ['an amount of 0', { amountIdr: 0 }, 'input.amountIdr', 'amountIdr must be more than 0 (whole rupiah); got 0'],
    ['a negative amount', { amountIdr: -1 }, 'input.amountIdr', 'amountIdr must be more than 0 (whole rupiah); got -1'],
    [
      'a bank that does not distribute KUR',
      { bank: 'Bank Antah Berantah' },
      'input.bank',
      'bank "Bank Antah Berantah" is not a KUR-distributing bank (BRI, BNI, MANDIRI, BSI, BTN, BJB, BANK_JATENG, BANK_JATIM, BANK_NTB_SYARIAH, BANK_LAMPUNG, BANK_SUMUT, BPD_BALI)',
    ],
    ['a malformed business id', { businessId: '123' }, 'input.businessId', 'input.businessId "123" is not a business id (24 hexadecimal characters)'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, change, field, message) => {
    await expectRejected('financing_applications', APPLY, { input: input(change) }, { code: 'BAD_USER_INPUT', field, message });
  });

  it('refuses an unknown business with NOT_FOUND and writes nothing', async () => {
    await expectRejected('financing_applications', APPLY, { input: input({ businessId: UNKNOWN_ID }) }, { code: 'NOT_FOUND', field: 'input.businessId', message: `No business with id ${UNKNOWN_ID}` });
  });

  it.each([
    [true, 'APPROVED'],
    [false, 'REJECTED'],
  ])('decides a submitted application once (approve: %s → %s); deciding again is a CONFLICT that changes nothing', async (approve, status) => {
    const { id } = await apply();
    expect(await gql(DECIDE, { id, approve })).toEqual({ decideFinancing: { id, status, decidedOn: today() } });
    const stored = await col('financing_applications').findOne({ _id: new Types.ObjectId(id) });
    expect({ status: stored!.status, decidedOn: dayOf(stored!.decidedOn) }).toEqual({ status, decidedOn: today() });
    expect(await singleError(DECIDE, { id, approve: !approve }, officer())).toEqual({
      code: 'CONFLICT',
      field: 'id',
      message: `Financing application ${id} was already decided (${status}); a decision cannot be changed`,
      path: ['decideFinancing'],
    });
    expect(await col('financing_applications').findOne({ _id: new Types.ObjectId(id) })).toEqual(stored);
  });

  it('refuses to decide a seeded disbursed application', async () => {
    const disbursed = await col('financing_applications').findOne({ status: 'DISBURSED' });
    const id = disbursed!._id.toHexString();
    expect(await singleError(DECIDE, { id, approve: true }, officer())).toMatchObject({ code: 'CONFLICT', message: `Financing application ${id} was already decided (DISBURSED); a decision cannot be changed` });
    expect(await col('financing_applications').findOne({ _id: disbursed!._id })).toEqual(disbursed);
  });

  it.each([
    ['an unknown id', UNKNOWN_ID, 'NOT_FOUND', `No financing application with id ${UNKNOWN_ID}`],
    ['a malformed id', 'nope', 'BAD_USER_INPUT', 'id "nope" is not a financing application id (24 hexadecimal characters)'],
  ])('refuses to decide %s', async (_name, id, code, message) => {
    expect(await singleError(DECIDE, { id, approve: true }, officer())).toEqual({ code, field: 'id', message, path: ['decideFinancing'] });
  });
});

describe('applyForFinancing at a regional development bank (BPD)', () => {
  const APPLY = 'mutation ApplyAtBank($input: ApplyForFinancingInput!) { applyForFinancing(input: $input) { id bank status business { id province { code } } } }';
  /** Kalimantan Barat: no regional development bank in the list lends there. */
  const OUTSIDE = '61';
  const NATIONAL_LENDERS = 'BRI, BNI, MANDIRI, BSI, BTN';
  /** Each BPD, where it lends and how the refusal names it; written out here rather than derived from the code under test. */
  const BPDS = [
    { code: 'BJB', name: 'Bank BJB (Jawa Barat dan Banten)', home: ['32', '36'], homeText: 'Jawa Barat (32) and Banten (36)' },
    { code: 'BANK_JATENG', name: 'Bank Jateng', home: ['33'], homeText: 'Jawa Tengah (33)' },
    { code: 'BANK_JATIM', name: 'Bank Jatim', home: ['35'], homeText: 'Jawa Timur (35)' },
    { code: 'BANK_NTB_SYARIAH', name: 'Bank NTB Syariah', home: ['52'], homeText: 'Nusa Tenggara Barat (52)' },
    { code: 'BANK_LAMPUNG', name: 'Bank Lampung', home: ['18'], homeText: 'Lampung (18)' },
    { code: 'BANK_SUMUT', name: 'Bank Sumut', home: ['12'], homeText: 'Sumatera Utara (12)' },
    { code: 'BPD_BALI', name: 'BPD Bali', home: ['51'], homeText: 'Bali (51)' },
  ];
  const NATIONAL = ['BRI', 'BNI', 'MANDIRI', 'BSI', 'BTN'];
  /** One business per province the tests need, inserted here and removed at the end. */
  const businessIn: Record<string, Types.ObjectId> = {};
  const applications: Types.ObjectId[] = [];

  beforeAll(async () => {
    for (const provinceCode of [OUTSIDE, ...BPDS.flatMap((bank) => bank.home)]) {
      businessIn[provinceCode] = new Types.ObjectId();
      await col('businesses').insertOne({ _id: businessIn[provinceCode], name: `Usaha Uji KUR ${provinceCode}`, ownerWorkerId: null, ownedByReturnedWorker: false, provinceCode, sector: 'TRADE', scale: 'MICRO', foundedOn: new Date('2023-05-01') });
    }
  });
  afterAll(async () => {
    await col('financing_applications').deleteMany({ _id: { $in: applications } });
    await col('businesses').deleteMany({ _id: { $in: Object.values(businessIn) } });
  });

  const input = (provinceCode: string, bank: string) => ({ businessId: businessIn[provinceCode]!.toHexString(), scheme: 'MICRO', amountIdr: 50_000_000, bank });
  async function accepted(provinceCode: string, bank: string) {
    const data = await gql<{ applyForFinancing: { id: string } }>(APPLY, { input: input(provinceCode, bank) });
    applications.push(new Types.ObjectId(data.applyForFinancing.id));
    return data.applyForFinancing;
  }

  it('covers every regional development bank of the KUR list, and only those have home provinces', () => {
    expect(KUR_BANKS.filter((bank) => bank.provinceCodes).map(({ code, name, provinceCodes }) => ({ code, name, home: provinceCodes }))).toEqual(
      BPDS.map(({ code, name, home }) => ({ code, name, home })),
    );
    expect(KUR_BANKS.filter((bank) => !bank.provinceCodes).map((bank) => bank.code)).toEqual(NATIONAL);
  });

  it.each(BPDS)('refuses $code for a business outside its provinces, naming the field, and writes nothing', async ({ code, name, homeText }) => {
    const id = businessIn[OUTSIDE]!.toHexString();
    const audit = () => koperasi.db!.collection('audit_entries').countDocuments({ operationName: 'ApplyAtBank', action: 'WRITE_REJECTED', errorCode: 'BAD_USER_INPUT' });
    const rejectedBefore = await audit();
    await expectRejected('financing_applications', APPLY, { input: input(OUTSIDE, code) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.bank',
      message: `${name} is a regional development bank (BPD) that lends in ${homeText} only; business ${id} is in Kalimantan Barat (61), where ${NATIONAL_LENDERS} lend`,
    });
    // Refused like every other rule of the mutation: on the audit trail as a rejected write.
    expect(await audit()).toBe(rejectedBefore + 1);
  });

  it('refuses a BPD for a business in another BPD\'s province, listing the banks that do lend there', async () => {
    const id = businessIn['35']!.toHexString();
    await expectRejected('financing_applications', APPLY, { input: input('35', ' bank_jateng ') }, {
      code: 'BAD_USER_INPUT',
      field: 'input.bank',
      message: `Bank Jateng is a regional development bank (BPD) that lends in Jawa Tengah (33) only; business ${id} is in Jawa Timur (35), where ${NATIONAL_LENDERS}, BANK_JATIM lend`,
    });
  });

  it.each(BPDS.flatMap(({ code, home }) => home.map((provinceCode) => ({ code, provinceCode }))))('accepts $code for a business in province $provinceCode', async ({ code, provinceCode }) => {
    const before = await col('financing_applications').countDocuments();
    expect(await accepted(provinceCode, code)).toMatchObject({ bank: code, status: 'SUBMITTED', business: { province: { code: provinceCode } } });
    expect(await col('financing_applications').countDocuments()).toBe(before + 1);
  });

  it.each(NATIONAL)('accepts the national bank %s anywhere', async (code) => {
    for (const provinceCode of [OUTSIDE, '35', '52']) {
      expect(await accepted(provinceCode, code)).toMatchObject({ bank: code, status: 'SUBMITTED', business: { province: { code: provinceCode } } });
    }
  });
});
