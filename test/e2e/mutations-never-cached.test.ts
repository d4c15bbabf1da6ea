import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { Types, type Connection } from 'mongoose';
import { IDENTITY_HEADER, signIdentity, type Ministry } from '../../lib/identity';
import { headersFor } from './support/callers';
import { openDatabase, postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';
import { freshNik } from './support/niks';

/**
 * Every mutation of every subgraph, with the public-answer cache on: sent twice by a caller
 * allowed to make it, straight to its subgraph once, and once anonymously. Each call by the
 * officer must be executed (the audit trail records each one, made or refused), no answer may
 * be marked cacheable by the gateway or the subgraph, and the anonymous caller must be refused,
 * never handed the officer's kept answer.
 */
// Zero after the timestamp: every id made from now on, in any process, sorts after it.
const started = Types.ObjectId.createFromTime(Math.floor(Date.now() / 1000));
const databases: Record<string, Connection> = {};
const db = (name: string) => databases[name]!.db!;

async function asOfficer(ministry: Ministry, query: string, variables: Record<string, unknown>) {
  const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query, variables }, stackInfo().officerHeaders[ministry]);
  if (status !== 200 || body.errors) throw new Error(`setup failed: ${JSON.stringify(body)}`);
  return body.data;
}

async function registered(status?: string): Promise<{ id: string; nik: string }> {
  const nik = freshNik('1994-05-20', 'MALE');
  const data = await asOfficer('KP2MI', 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }', {
    input: { nik, fullName: 'Bayu Prasetyo', sex: 'MALE', birthDate: '1994-05-20' },
  });
  const id = data.registerWorker.id as string;
  if (status) await asOfficer('KP2MI', 'mutation($id: ID!, $status: WorkerStatus!) { updateWorkerStatus(id: $id, status: $status) { id } }', { id, status });
  return { id, nik };
}

async function newWorker(status?: string): Promise<string> {
  return (await registered(status)).id;
}

/** A data-subject request about a worker of the test's own, received by a KP2MI officer: its id. */
async function newRequest(type: 'ACCESS' | 'RESTRICT'): Promise<string> {
  const { nik } = await registered();
  const data = await asOfficer('KP2MI', 'mutation($input: SubmitDataSubjectRequestInput!) { submitDataSubjectRequest(input: $input) { id } }', {
    input: { nik, type, details: 'Permintaan subjek data (mutation cache test)' },
  });
  return data.submitDataSubjectRequest.id as string;
}

/** A course of the test's own, with seats, so no seeded course loses one. */
async function newCourse(database: string): Promise<string> {
  const course = (await db(database).collection('courses').findOne({ seatsAvailable: { $gt: 0 } }))!;
  const _id = new Types.ObjectId();
  await db(database).collection('courses').insertOne({ ...course, _id, title: `${course.title} (mutation cache test)`, seatsAvailable: 10 });
  await markWritten(db(database), 'courses');
  return _id.toHexString();
}

async function unownedBusiness(): Promise<string> {
  return (await db('koperasi_ukm').collection('businesses').findOne({ ownerWorkerId: null }))!._id.toHexString();
}

interface Scenario {
  ministry: Ministry;
  subgraph: string;
  database: string;
  query: string;
  prepare: () => Promise<Record<string, unknown>>;
  /** The outcome of each officer call, in order: two through the gateway, one straight to the subgraph. */
  outcomes: [string, string, string];
  /** It acts on a record that exists and answers that record each time (the audit trail shows each call ran). */
  sameRecord?: boolean;
}

/** The two training ministries' mutations: the same shapes under each ministry's names. */
const training = (kind: 'Energy' | 'Industry', ministry: Ministry, subgraph: string, database: string): Record<string, Scenario> => ({
  [`enrollIn${kind}Course`]: {
    ministry,
    subgraph,
    database,
    query: `mutation($workerId: ID!, $courseId: ID!) { enrollIn${kind}Course(workerId: $workerId, courseId: $courseId) { id status course { id seatsAvailable } } }`,
    prepare: async () => ({ workerId: await newWorker(), courseId: await newCourse(database) }),
    outcomes: ['ok', 'CONFLICT', 'CONFLICT'],
  },
  [`complete${kind}Course`]: {
    ministry,
    subgraph,
    database,
    query: `mutation($enrollmentId: ID!) { complete${kind}Course(enrollmentId: $enrollmentId, passed: true, score: 81) { id status score } }`,
    prepare: async () => {
      const enrolled = await asOfficer(ministry, `mutation($w: ID!, $c: ID!) { enrollIn${kind}Course(workerId: $w, courseId: $c) { id } }`, { w: await newWorker(), c: await newCourse(database) });
      return { enrollmentId: enrolled[`enrollIn${kind}Course`].id };
    },
    outcomes: ['ok', 'CONFLICT', 'CONFLICT'],
  },
});

const SCENARIOS: Record<string, Scenario> = {
  registerWorker: {
    ministry: 'KP2MI',
    subgraph: 'kp2mi',
    database: 'kp2mi',
    query: 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id status province { code } } }',
    prepare: async () => ({ input: { nik: freshNik('1997-08-02', 'FEMALE'), fullName: 'Wulan Sari', sex: 'FEMALE', birthDate: '1997-08-02' } }),
    outcomes: ['ok', 'CONFLICT', 'CONFLICT'],
  },
  updateWorkerStatus: {
    ministry: 'KP2MI',
    subgraph: 'kp2mi',
    database: 'kp2mi',
    query: 'mutation($id: ID!) { updateWorkerStatus(id: $id, status: VERIFIED) { id status } }',
    prepare: async () => ({ id: await newWorker() }),
    outcomes: ['ok', 'CONFLICT', 'CONFLICT'],
  },
  recordPlacement: {
    ministry: 'KP2MI',
    subgraph: 'kp2mi',
    database: 'kp2mi',
    query: 'mutation($input: RecordPlacementInput!) { recordPlacement(input: $input) { id status country { code name } } }',
    prepare: async () => ({
      input: { workerId: await newWorker('READY'), countryCode: 'TW', employer: 'Hsin-Yi Precision Co., Ltd.', jobTitle: 'Production operator', sector: 'MANUFACTURING', scheme: 'P_TO_P', startDate: '2027-01-15', endDate: '2029-01-14' },
    }),
    outcomes: ['ok', 'ok', 'ok'],
  },
  publishJobOpening: {
    ministry: 'KP2MI',
    subgraph: 'kp2mi',
    database: 'kp2mi',
    // Every field selected here carries a cache hint: as a query, this answer would be kept.
    query: 'mutation($input: PublishJobOpeningInput!) { publishJobOpening(input: $input) { id title vacancies country { code name } } }',
    prepare: async () => ({ input: { title: 'Welder 6G', employer: 'Gulf Energy Services LLC', countryCode: 'AE', sector: 'ENERGY', vacancies: 12, closesOn: '2099-06-30' } }),
    outcomes: ['ok', 'ok', 'ok'],
  },
  ...training('Energy', 'ESDM', 'esdm', 'esdm'),
  ...training('Industry', 'PERINDUSTRIAN', 'perindustrian', 'perindustrian'),
  registerBusiness: {
    ministry: 'KOPERASI_UKM',
    subgraph: 'koperasi-ukm',
    database: 'koperasi_ukm',
    query: 'mutation($input: RegisterBusinessInput!) { registerBusiness(input: $input) { id name scale province { code name } } }',
    prepare: async () => ({ input: { name: 'Kopi Bubuk Bu Ratna', provinceCode: '35', sector: 'FOOD_BEVERAGE', scale: 'MICRO' } }),
    outcomes: ['ok', 'ok', 'ok'],
  },
  addProduct: {
    ministry: 'KOPERASI_UKM',
    subgraph: 'koperasi-ukm',
    database: 'koperasi_ukm',
    query: 'mutation($input: AddProductInput!) { addProduct(input: $input) { id name priceIdr exportReady certifications } }',
    prepare: async () => ({ input: { businessId: await unownedBusiness(), name: 'Keripik Pisang', category: 'Snacks', priceIdr: 25_000, unit: 'pack', exportReady: true, marketCountryCodes: ['HK'] } }),
    outcomes: ['ok', 'ok', 'ok'],
  },
  applyForFinancing: {
    ministry: 'KOPERASI_UKM',
    subgraph: 'koperasi-ukm',
    database: 'koperasi_ukm',
    query: 'mutation($input: ApplyForFinancingInput!) { applyForFinancing(input: $input) { id status amountIdr } }',
    prepare: async () => ({ input: { businessId: await unownedBusiness(), scheme: 'MICRO', amountIdr: 75_000_000, bank: 'BRI' } }),
    outcomes: ['ok', 'ok', 'ok'],
  },
  decideFinancing: {
    ministry: 'KOPERASI_UKM',
    subgraph: 'koperasi-ukm',
    database: 'koperasi_ukm',
    query: 'mutation($id: ID!) { decideFinancing(id: $id, approve: true) { id status } }',
    prepare: async () => {
      const applied = await asOfficer('KOPERASI_UKM', 'mutation($input: ApplyForFinancingInput!) { applyForFinancing(input: $input) { id } }', {
        input: { businessId: await unownedBusiness(), scheme: 'SUPER_MICRO', amountIdr: 5_000_000, bank: 'BNI' },
      });
      return { id: applied.applyForFinancing.id };
    },
    outcomes: ['ok', 'CONFLICT', 'CONFLICT'],
  },
  submitDataSubjectRequest: {
    ministry: 'KP2MI',
    subgraph: 'kp2mi',
    database: 'kp2mi',
    // ACCESS: each call is a request of its own, carried out in the four ministries at once, changing no data.
    query: 'mutation($input: SubmitDataSubjectRequestInput!) { submitDataSubjectRequest(input: $input) { id type status parts { ministry status } } }',
    prepare: async () => ({ input: { nik: (await registered()).nik, type: 'ACCESS', details: 'Permintaan akses data pribadi (mutation cache test)' } }),
    outcomes: ['ok', 'ok', 'ok'],
  },
  refuseDataSubjectRequestPart: {
    // An officer of any ministry refuses their own ministry's part: refused once, then already refused.
    ministry: 'ESDM',
    subgraph: 'kp2mi',
    database: 'kp2mi',
    query: 'mutation($requestId: ID!, $reason: String!) { refuseDataSubjectRequestPart(requestId: $requestId, ground: STATE_ADMINISTRATION, reason: $reason) { id status parts { ministry status refusalGround } } }',
    prepare: async () => ({ requestId: await newRequest('RESTRICT'), reason: 'Pelatihan berjalan (mutation cache test)' }),
    outcomes: ['ok', 'CONFLICT', 'CONFLICT'],
  },
  retryDataSubjectRequest: {
    ministry: 'KP2MI',
    subgraph: 'kp2mi',
    database: 'kp2mi',
    query: 'mutation($id: ID!) { retryDataSubjectRequest(id: $id) { id status parts { ministry status } } }',
    prepare: async () => {
      const id = await newRequest('ACCESS');
      // ESDM's part left open, as when ESDM could not be reached: the first retry carries it out, the others find nothing open.
      const requests = db('kp2mi').collection('data_subject_requests');
      const part = (await requests.findOne({ _id: new Types.ObjectId(id) }))!.parts.findIndex((candidate: { ministry: string }) => candidate.ministry === 'ESDM');
      await requests.updateOne({ _id: new Types.ObjectId(id) }, { $set: { [`parts.${part}.status`]: 'OPEN', status: 'OPEN' } });
      return { id };
    },
    outcomes: ['ok', 'ok', 'ok'],
    sameRecord: true,
  },
};

// A data-subject state is keyed by its worker's id: a worker made here, so newer than the start too.
const CREATED_IN: Record<string, string[]> = {
  kp2mi: ['workers', 'placements', 'job_openings', 'data_subject_requests', 'data_subject_states'],
  esdm: ['courses', 'enrollments', 'certificates', 'data_subject_states'],
  perindustrian: ['courses', 'enrollments', 'certificates', 'data_subject_states'],
  koperasi_ukm: ['businesses', 'products', 'financing_applications', 'data_subject_states'],
};

beforeAll(async () => {
  for (const name of Object.keys(CREATED_IN)) databases[name] = await openDatabase(name);
});
afterAll(async () => {
  // What this file created (ids are newer than its start) goes, so other files see the seeded data.
  for (const [name, collections] of Object.entries(CREATED_IN)) {
    for (const collection of collections) {
      await db(name).collection(collection).deleteMany({ _id: { $gt: started } });
      await markWritten(db(name), collection);
    }
    await databases[name]!.close();
  }
});

function outcomeOf(body: any): string {
  if (body.errors) return body.errors.map((error: any) => error.extensions?.code).join(',');
  return 'ok';
}

it('covers every mutation of the graph', async () => {
  const { body } = await postGraphQL(stackInfo().gatewayUrl, { query: getIntrospectionQuery() });
  const schema = buildClientSchema(body.data as IntrospectionQuery);
  expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(Object.keys(SCENARIOS).sort());
});

describe.each(Object.entries(SCENARIOS))('%s', (name, scenario) => {
  it('is executed every time an allowed caller sends it, never cached, and refused to an anonymous caller', async () => {
    const variables = await scenario.prepare();
    const sub = `cache-test-${name}-${started.toHexString()}`;
    const officer = await headersFor({ ministry: scenario.ministry, roles: ['officer'], scope: 'pii:read', purpose: 'mutation cache test', sub });
    const body = JSON.stringify({ query: scenario.query, variables });
    const send = async (url: string, headers: Record<string, string>) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as any };
    };

    const first = await send(stackInfo().gatewayUrl, officer);
    const second = await send(stackInfo().gatewayUrl, officer);
    const identity = signIdentity({ sub, ministry: scenario.ministry, roles: ['officer'], scopes: ['pii:read'], purpose: 'mutation cache test' }, stackInfo().identitySecret);
    const direct = await send(stackInfo().subgraphUrls[scenario.subgraph]!, { [IDENTITY_HEADER]: identity });
    const anonymous = await send(stackInfo().gatewayUrl, {});

    expect([first, second, direct].map((answer) => outcomeOf(answer.body))).toEqual(scenario.outcomes);
    // Made twice, an answer with ids is two different records, not the first one replayed (or, acting on one, that same record).
    if (scenario.outcomes[1] === 'ok') {
      if (scenario.sameRecord) expect(second.body.data[name].id).toBe(first.body.data[name].id);
      else expect(second.body.data[name].id).not.toBe(first.body.data[name].id);
    }
    for (const answer of [first, second, direct]) expect(answer.cacheControl ?? 'no-store').not.toMatch(/public|max-age=[1-9]/);
    expect(anonymous.body.data).toBeNull();
    expect(anonymous.body.errors.map((error: any) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);

    // Each of the officer's three calls ran, and the audit trail recorded it, made or refused.
    const entries = await db(scenario.database).collection('audit_entries').find({ 'actor.sub': sub }).sort({ _id: 1 }).toArray();
    expect(entries.map((entry) => [entry.operation, entry.action, entry.errorCode])).toEqual(
      scenario.outcomes.map((outcome) => [name, outcome === 'ok' ? 'WRITE' : 'WRITE_REJECTED', outcome === 'ok' ? null : outcome]),
    );
  });
});
