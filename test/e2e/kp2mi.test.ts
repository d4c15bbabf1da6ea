import type { Connection } from 'mongoose';
import { Types } from 'mongoose';
import { encodeNik } from '../../subgraphs/kp2mi/nik';
import { countryByCode } from '../../subgraphs/reference/countries';
import { gatewayClient, openDatabase } from './support/clients';
import { singleError } from './support/expect-error';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';

let kp2mi: Connection;
const created: { collection: string; id: Types.ObjectId }[] = [];

beforeAll(async () => {
  kp2mi = await openDatabase('kp2mi');
});
afterAll(async () => {
  for (const { collection, id } of created) {
    await kp2mi.db!.collection(collection).deleteOne({ _id: id });
    await markWritten(kp2mi.db!, collection);
  }
  await kp2mi.close();
});

const col = (name: string) => kp2mi.db!.collection(name);
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const gql = <T>(query: string, variables?: Record<string, unknown>) => gatewayClient().request<T>(query, variables);

/** Walks a connection to its end and returns every node id in order, with the totalCount seen. */
async function walk(field: string, args: string, variables: Record<string, unknown> = {}): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 100; page++) {
    const data: Record<string, { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] }> = await gql(
      `query($after: String${args ? ', ' + args.split('|')[0] : ''}) { ${field}(first: 100, after: $after${args ? ', ' + args.split('|')[1] : ''}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      { after, ...variables },
    );
    const connection = data[field]!;
    totalCount = connection.totalCount;
    ids.push(...connection.edges.map((e) => e.node.id));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { ids, totalCount };
}

describe('placements', () => {
  it('shows a redeployed worker with every placement, newest first, and the active one as current', async () => {
    const [row] = await col('placements').aggregate([{ $group: { _id: '$workerId', n: { $sum: 1 } } }, { $match: { n: 2 } }, { $limit: 1 }]).toArray();
    const workerId = row!._id as Types.ObjectId;
    const placements = await col('placements').find({ workerId }).sort({ startDate: -1, _id: -1 }).toArray();
    const expected = placements.map((p) => ({
      id: p._id.toHexString(),
      country: { code: p.countryCode, name: countryByCode(p.countryCode)!.name },
      employer: p.employer,
      jobTitle: p.jobTitle,
      sector: p.sector,
      scheme: p.scheme,
      startDate: day(p.startDate),
      endDate: day(p.endDate),
      status: p.status,
      worker: { id: workerId.toHexString() },
    }));
    const data = await gql<{ worker: unknown }>(
      `query($id: ID!) { worker(id: $id) { id placements { id country { code name } employer jobTitle sector scheme startDate endDate status worker { id } }
        currentPlacement { id status } } }`,
      { id: workerId.toHexString() },
    );
    const active = placements.find((p) => p.status === 'ACTIVE');
    expect(data.worker).toEqual({
      id: workerId.toHexString(),
      placements: expected,
      currentPlacement: active ? { id: active._id.toHexString(), status: 'ACTIVE' } : null,
    });
  });

  it.each([
    ['countryCode', { countryCode: 'TW' }, { countryCode: 'TW' }],
    ['sector', { sector: 'CAREGIVING' }, { sector: 'CAREGIVING' }],
    ['scheme', { scheme: 'G_TO_G' }, { scheme: 'G_TO_G' }],
    ['status', { status: 'ACTIVE' }, { status: 'ACTIVE' }],
    ['startYear', { startYear: 2024 }, { startYear: 2024 }],
  ])('filters placements by %s and walks every page exactly once', async (_name, filter, mongoFilter) => {
    const expected = (await col('placements').find(mongoFilter).sort({ startDate: -1, _id: -1 }).toArray()).map((p) => p._id.toHexString());
    expect(expected.length).toBeGreaterThan(0);
    const { ids, totalCount } = await walk('placements', '$filter: PlacementFilter|filter: $filter', { filter });
    expect(totalCount).toBe(expected.length);
    expect(ids).toEqual(expected);
  });

  it('counts active workers per country and pages through a country’s placements', async () => {
    const active = await col('placements').find({ status: 'ACTIVE', countryCode: 'HK' }).toArray();
    const workers = new Set(active.map((p) => p.workerId.toHexString()));
    const data = await gql<{ country: { activeWorkers: number; placements: { totalCount: number } } }>('{ country(code: "HK") { activeWorkers placements(first: 1) { totalCount } } }');
    expect(data.country).toEqual({ activeWorkers: workers.size, placements: { totalCount: await col('placements').countDocuments({ countryCode: 'HK' }) } });
    expect(workers.size).toBeGreaterThan(0);
  });
});

describe('job openings', () => {
  it.each([
    ['no filter', {}, {}],
    ['sector ENERGY', { sector: 'ENERGY' }, { sector: 'ENERGY' }],
    ['countryCode SA', { countryCode: 'SA' }, { countryCode: 'SA' }],
    ['openOn', { openOn: '2027-01-01' }, { closesOnSort: { $gte: new Date('2027-01-01') } }],
  ])('lists openings (%s) closing soonest first, every one exactly once', async (_name, filter, mongoFilter) => {
    const expected = (await col('job_openings').find(mongoFilter).sort({ closesOnSort: 1, _id: 1 }).toArray()).map((o) => o._id.toHexString());
    expect(expected.length).toBeGreaterThan(0);
    const { ids, totalCount } = await walk('jobOpenings', '$filter: JobOpeningFilter|filter: $filter', { filter });
    expect(totalCount).toBe(expected.length);
    expect(ids).toEqual(expected);
  });

  it('returns one opening with every field', async () => {
    const opening = (await col('job_openings').findOne({ sector: 'MINING' }))!;
    const data = await gql<{ jobOpening: unknown }>(
      'query($id: ID!) { jobOpening(id: $id) { id title employer country { code } sector vacancies closesOn requirements requiredLanguages } }',
      { id: opening._id.toHexString() },
    );
    expect(data.jobOpening).toEqual({
      id: opening._id.toHexString(),
      title: opening.title,
      employer: opening.employer,
      country: { code: opening.countryCode },
      sector: 'MINING',
      vacancies: opening.vacancies,
      closesOn: day(opening.closesOn),
      requirements: opening.requirements,
      requiredLanguages: opening.requiredLanguages,
    });
  });
});

/** Buckets computed in the test from the raw documents, sorted as the contract says. */
function buckets(docs: Record<string, unknown>[], key: (doc: Record<string, unknown>) => string): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const doc of docs) counts.set(key(doc), (counts.get(key(doc)) ?? 0) + 1);
  return [...counts].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

describe('statistics', () => {
  it.each([
    ['PROVINCE', 'provinceCode'],
    ['STATUS', 'status'],
    ['SEX', 'sex'],
    ['EDUCATION', 'education'],
  ])('workerStats by %s equal counts from the collection', async (by, field) => {
    const data = await gql<{ workerStats: { key: string; label: string; count: number }[] }>(`{ workerStats(by: ${by}) { key label count } }`);
    expect(data.workerStats.map(({ key, count }) => ({ key, count }))).toEqual(buckets(await col('workers').find().toArray(), (d) => String(d[field])));
    expect(data.workerStats.every((b) => b.label.length > 0)).toBe(true);
  });

  it('workerStats by PROVINCE for DEPLOYED workers labels provinces by name', async () => {
    const data = await gql<{ workerStats: { key: string; label: string; count: number }[] }>('{ workerStats(by: PROVINCE, filter: { status: DEPLOYED }) { key label count } }');
    expect(data.workerStats.map(({ key, count }) => ({ key, count }))).toEqual(buckets(await col('workers').find({ status: 'DEPLOYED' }).toArray(), (d) => String(d.provinceCode)));
    expect(data.workerStats.find((b) => b.key === '35')?.label).toBe('Jawa Timur');
  });

  it.each([
    ['COUNTRY', 'countryCode'],
    ['SECTOR', 'sector'],
    ['SCHEME', 'scheme'],
    ['STATUS', 'status'],
    ['START_YEAR', 'startYear'],
  ])('placementStats by %s equal counts from the collection', async (by, field) => {
    const data = await gql<{ placementStats: { key: string; count: number }[] }>(`{ placementStats(by: ${by}) { key count } }`);
    expect(data.placementStats).toEqual(buckets(await col('placements').find().toArray(), (d) => String(d[field])));
  });

  it('placementStats by COUNTRY for one start year', async () => {
    const data = await gql<{ placementStats: { key: string; label: string; count: number }[] }>('{ placementStats(by: COUNTRY, filter: { startYear: 2025 }) { key label count } }');
    expect(data.placementStats.map(({ key, count }) => ({ key, count }))).toEqual(buckets(await col('placements').find({ startYear: 2025 }).toArray(), (d) => String(d.countryCode)));
    expect(data.placementStats.find((b) => b.key === 'HK')?.label).toBe('Hong Kong');
  });
});

/** A NIK no seeded worker has: none of the e2e seed's workers comes from Pagelaran (35.07.33), a real district of Kabupaten Malang. */
function freshNik(birthDate: Date, sex: 'MALE' | 'FEMALE', serial: number): string {
  return encodeNik({ provinceCode: '35', regencyCode: '07', districtCode: '33', birthDate, sex, serial });
}

const REGISTER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id fullName sex status province { code name } nik birthDate languages } }`;

describe('registerWorker', () => {
  const birthDate = new Date('1996-03-12T00:00:00Z');

  it('registers a candidate whose NIK matches sex, birth date and province', async () => {
    const nik = freshNik(birthDate, 'FEMALE', 4321);
    const data = await gql<{ registerWorker: { id: string } }>(REGISTER, {
      input: { nik, fullName: 'Siti Rahmawati', sex: 'FEMALE', birthDate: '1996-03-12', languages: ['id', 'ZH'], phone: '+6281234567890' },
    });
    created.push({ collection: 'workers', id: new Types.ObjectId(data.registerWorker.id) });
    expect(data.registerWorker).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      fullName: 'Siti Rahmawati',
      sex: 'FEMALE',
      status: 'CANDIDATE',
      province: { code: '35', name: 'Jawa Timur' },
      nik,
      birthDate: '1996-03-12',
      languages: ['id', 'zh'],
    });
    const stored = await col('workers').findOne({ nik });
    expect(stored).toMatchObject({ fullName: 'Siti Rahmawati', regencyCode: '07', status: 'CANDIDATE', phone: '+6281234567890' });
    // The same NIK again is a conflict, and writes nothing.
    const error = await singleError(REGISTER, { input: { nik, fullName: 'Someone Else', sex: 'FEMALE', birthDate: '1996-03-12' } });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'input.nik', message: 'A worker with this NIK is already registered' });
    expect(await col('workers').countDocuments({ nik })).toBe(1);
  });

  it.each([
    ['a NIK of 15 digits', { nik: '350799120396432' }, 'input.nik', /16 digits/],
    ['a NIK whose date is a man’s', { nik: freshNik(new Date('1996-03-12T00:00:00Z'), 'MALE', 1111) }, 'input.nik', /women add 40/],
    ['a NIK of another birth date', { nik: freshNik(new Date('1996-03-13T00:00:00Z'), 'FEMALE', 1112) }, 'input.nik', /does not match birth date/],
    ['an unknown province in the NIK', { nik: '9907995203964321' }, 'input.nik', /province/i],
    ['a regency that does not exist in the NIK', { nik: '3599015203961115' }, 'input.nik', /^NIK digits 3–4: regency 35\.99 does not exist in Jawa Timur$/],
    ['a district that does not exist in the NIK', { nik: '3507995203961116' }, 'input.nik', /^NIK digits 5–6: district 35\.07\.99 does not exist in Kabupaten Malang$/],
    ['a worker under 18', { nik: freshNik(new Date('2010-03-12T00:00:00Z'), 'FEMALE', 1113), birthDate: '2010-03-12' }, 'input.birthDate', /at least 18/],
    ['an empty name', { fullName: '   ' }, 'input.fullName', /must not be empty/],
    ['a phone number that is not Indonesian', { phone: '+1555123456' }, 'input.phone', /E\.164/],
    ['a language that is not ISO 639-1', { languages: ['indonesian'] }, 'input.languages', /at most 2 characters|ISO 639-1/],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_name, change, field, message) => {
    const input = { nik: freshNik(birthDate, 'FEMALE', 1114), fullName: 'Dewi Lestari', sex: 'FEMALE', birthDate: '1996-03-12', ...change };
    const before = await col('workers').countDocuments();
    const error = await singleError(REGISTER, { input });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(await col('workers').countDocuments()).toBe(before);
  });
});

const UPDATE_STATUS = 'mutation($id: ID!, $status: WorkerStatus!) { updateWorkerStatus(id: $id, status: $status) { id status } }';

describe('updateWorkerStatus', () => {
  let serial = 3000;
  async function newCandidate(): Promise<string> {
    serial += 1;
    const data = await gql<{ registerWorker: { id: string } }>(REGISTER, {
      input: { nik: freshNik(new Date('1990-07-01T00:00:00Z'), 'MALE', serial), fullName: 'Agus Santoso', sex: 'MALE', birthDate: '1990-07-01' },
    });
    created.push({ collection: 'workers', id: new Types.ObjectId(data.registerWorker.id) });
    return data.registerWorker.id;
  }

  it('moves forward, refuses to move back, and allows RETURNED → READY', async () => {
    const id = await newCandidate();
    expect(await gql(UPDATE_STATUS, { id, status: 'READY' })).toEqual({ updateWorkerStatus: { id, status: 'READY' } });
    expect(await singleError(UPDATE_STATUS, { id, status: 'VERIFIED' })).toEqual({
      code: 'CONFLICT',
      field: 'status',
      message: "A worker's status moves only forward (or RETURNED → READY); cannot move from READY to VERIFIED",
      path: ['updateWorkerStatus'],
    });
    expect((await col('workers').findOne({ _id: new Types.ObjectId(id) }))!.status).toBe('READY');
    await gql(UPDATE_STATUS, { id, status: 'RETURNED' });
    expect(await gql(UPDATE_STATUS, { id, status: 'READY' })).toEqual({ updateWorkerStatus: { id, status: 'READY' } });
  });

  it('answers NOT_FOUND for an unknown worker', async () => {
    expect(await singleError(UPDATE_STATUS, { id: '0000000000000000000000ff', status: 'READY' })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  const RECORD = `mutation($input: RecordPlacementInput!) { recordPlacement(input: $input) { id status country { code } worker { id status } } }`;
  const placementInput = (workerId: string, change: Record<string, unknown> = {}) => ({
    workerId,
    countryCode: 'TW',
    employer: 'Hsin-Yi Precision Co., Ltd.',
    jobTitle: 'Production operator',
    sector: 'MANUFACTURING',
    scheme: 'P_TO_P',
    startDate: '2027-01-15',
    endDate: '2029-01-14',
    ...change,
  });

  it('records an ACTIVE placement for a READY worker and deploys the worker', async () => {
    const id = await newCandidate();
    await gql(UPDATE_STATUS, { id, status: 'READY' });
    const data = await gql<{ recordPlacement: { id: string } }>(RECORD, { input: placementInput(id, { status: 'ACTIVE' }) });
    created.push({ collection: 'placements', id: new Types.ObjectId(data.recordPlacement.id) });
    expect(data.recordPlacement).toEqual({ id: expect.any(String), status: 'ACTIVE', country: { code: 'TW' }, worker: { id, status: 'DEPLOYED' } });
    expect((await col('workers').findOne({ _id: new Types.ObjectId(id) }))!.status).toBe('DEPLOYED');
  });

  it.each([
    ['a worker who is not READY', {}, 'CONFLICT', 'input.workerId', /needs a READY worker/],
    ['a code that is no country', { countryCode: 'XX' }, 'BAD_USER_INPUT', 'input.countryCode', /"XX" is not an ISO 3166-1 alpha-2 country code/],
    ['a country that is no destination', { countryCode: 'FR' }, 'BAD_USER_INPUT', 'input.countryCode', /"FR" is not a destination country/],
    ['an end before the start', { endDate: '2026-01-01' }, 'BAD_USER_INPUT', 'input.endDate', /must not be before startDate/],
    ['a COMPLETED status', { status: 'COMPLETED' }, 'BAD_USER_INPUT', 'input.status', /PLANNED or ACTIVE/],
    ['an unknown job opening', { jobOpeningId: '0000000000000000000000ff' }, 'NOT_FOUND', 'input.jobOpeningId', /No job opening/],
  ])('refuses a placement with %s and writes nothing', async (_name, change, code, field, message) => {
    const id = await newCandidate();
    if (code !== 'CONFLICT') await gql(UPDATE_STATUS, { id, status: 'READY' });
    const before = await col('placements').countDocuments();
    const error = await singleError(RECORD, { input: placementInput(id, change) });
    expect(error).toMatchObject({ code, field });
    expect(error.message).toMatch(message);
    expect(await col('placements').countDocuments()).toBe(before);
  });

  it('refuses a placement for an unknown worker with NOT_FOUND', async () => {
    expect(await singleError(RECORD, { input: placementInput('0000000000000000000000ff') })).toMatchObject({ code: 'NOT_FOUND', field: 'input.workerId' });
  });
});

const PUBLISH = `mutation($input: PublishJobOpeningInput!) { publishJobOpening(input: $input) { id title country { code name } sector vacancies closesOn requirements requiredLanguages } }`;

describe('publishJobOpening', () => {
  const input = (change: Record<string, unknown> = {}) => ({
    title: 'Welder 6G',
    employer: 'Gulf Energy Services LLC',
    countryCode: 'ae',
    sector: 'ENERGY',
    vacancies: 12,
    closesOn: '2099-06-30',
    requirements: ['Welder 6G qualification'],
    requiredLanguages: ['en'],
    ...change,
  });

  it('publishes an opening', async () => {
    const data = await gql<{ publishJobOpening: { id: string } }>(PUBLISH, { input: input() });
    created.push({ collection: 'job_openings', id: new Types.ObjectId(data.publishJobOpening.id) });
    expect(data.publishJobOpening).toEqual({
      id: expect.any(String),
      title: 'Welder 6G',
      country: { code: 'AE', name: 'United Arab Emirates' },
      sector: 'ENERGY',
      vacancies: 12,
      closesOn: '2099-06-30',
      requirements: ['Welder 6G qualification'],
      requiredLanguages: ['en'],
    });
  });

  it.each([
    ['no vacancies', { vacancies: 0 }, 'input.vacancies'],
    ['a closing day in the past', { closesOn: '2020-01-01' }, 'input.closesOn'],
    ['an unknown country', { countryCode: 'ZZ' }, 'input.countryCode'],
    ['a title of 101 characters', { title: 'x'.repeat(101) }, 'input.title'],
    ['21 requirements', { requirements: Array.from({ length: 21 }, (_, i) => `r${i}`) }, 'input.requirements'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, change, field) => {
    const before = await col('job_openings').countDocuments();
    expect(await singleError(PUBLISH, { input: input(change) })).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await col('job_openings').countDocuments()).toBe(before);
  });
});

describe('workerByNik', () => {
  it('finds a worker by NIK with personal data, and refuses a malformed NIK', async () => {
    const worker = (await col('workers').findOne({ status: 'READY' }))!;
    const data = await gql<{ workerByNik: unknown }>('query($nik: String!) { workerByNik(nik: $nik) { id nik birthDate phone passportNumber } }', { nik: worker.nik });
    expect(data.workerByNik).toEqual({ id: worker._id.toHexString(), nik: worker.nik, birthDate: day(worker.birthDate), phone: worker.phone, passportNumber: worker.passportNumber });
    expect(await singleError('{ workerByNik(nik: "12ab") { id } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nik', message: 'NIK must be exactly 16 digits; got "12ab"' });
    expect(await singleError('{ workerByNik(nik: "3507995203950001") { id } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nik', message: 'NIK digits 5–6: district 35.07.99 does not exist in Kabupaten Malang' });
  });
});
