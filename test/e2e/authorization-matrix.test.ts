import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { IDENTITY_HEADER, signIdentity, type Identity } from '../../lib/identity';
import type { Connection } from 'mongoose';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { headersFor, type Caller } from './support/callers';
import { openDatabase, postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

/**
 * The authorization table of the README, checked cell by cell through the gateway: every
 * root query field, every mutation and every personal-data field, for each kind of caller.
 * Y = answered, F = null with FORBIDDEN, U = null with UNAUTHENTICATED.
 */
type Cell = 'Y' | 'F' | 'U';

const PURPOSE = 'authorization matrix test';
const CALLERS: [string, Caller | null][] = [
  ['anonymous', null],
  ['ESDM analyst with every scope', { ministry: 'ESDM', roles: ['analyst'], scope: 'pii:read audit:read', purpose: PURPOSE }],
  ['KP2MI officer, pii:read', { ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', purpose: PURPOSE }],
  ['ESDM officer, pii:read', { ministry: 'ESDM', roles: ['officer'], scope: 'pii:read', purpose: PURPOSE }],
  ['PERINDUSTRIAN officer, no scope', { ministry: 'PERINDUSTRIAN', roles: ['officer'], purpose: PURPOSE }],
  ['KOPERASI_UKM officer, pii:read, no purpose', { ministry: 'KOPERASI_UKM', roles: ['officer'], scope: 'pii:read' }],
  ['KP2MI admin, pii:read audit:read', { ministry: 'KP2MI', roles: ['admin'], scope: 'pii:read audit:read', purpose: PURPOSE }],
  ['ESDM admin, audit:read', { ministry: 'ESDM', roles: ['admin'], scope: 'audit:read', purpose: PURPOSE }],
];

// Columns in the order of CALLERS:  anon analyst kp2miOff esdmOff perinOff kopOff kp2miAdm esdmAdm
const PUBLIC: Cell[] = ['Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'];
const STAFF: Cell[] = ['U', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'];
const PERSONAL: Cell[] = ['U', 'F', 'Y', 'Y', 'F', 'F', 'Y', 'F'];
const AUDIT: Cell[] = ['U', 'F', 'F', 'F', 'F', 'F', 'Y', 'Y'];
const REPORT: Cell[] = ['U', 'F', 'F', 'F', 'F', 'F', 'Y', 'F'];
const WRITE_KP2MI: Cell[] = ['U', 'F', 'Y', 'F', 'F', 'F', 'Y', 'F'];
const WRITE_ESDM: Cell[] = ['U', 'F', 'F', 'Y', 'F', 'F', 'F', 'Y'];
const WRITE_PERINDUSTRIAN: Cell[] = ['U', 'F', 'F', 'F', 'Y', 'F', 'F', 'F'];
const WRITE_KOPERASI_UKM: Cell[] = ['U', 'F', 'F', 'F', 'F', 'Y', 'F', 'F'];
// A worker's fields, reached through `worker(id)`: the anonymous caller is refused at the root.
const NAME: Cell[] = ['U', 'F', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'];

let ids: Record<string, string>;
let dbs: Record<string, Connection>;

beforeAll(async () => {
  dbs = {};
  // Every subgraph's database, by name: a subgraph added to the catalog brings the records its rows ask for.
  for (const { databaseName } of SUBGRAPHS) dbs[databaseName] = await openDatabase(databaseName);
  const first = async (db: string, collection: string, filter: Record<string, unknown> = {}) => (await dbs[db]!.db!.collection(collection).findOne(filter, { sort: { _id: 1 } }))!;
  const worker = await first('kp2mi', 'workers', { passportNumber: { $ne: null } });
  // A business with an owner who is a registered worker and with financing, so both staff-only fields have an answer.
  const financed = new Set((await dbs.koperasi_ukm!.db!.collection('financing_applications').distinct('businessId')).map(String));
  const owned = await dbs.koperasi_ukm!.db!.collection('businesses').find({ ownerWorkerId: { $ne: null } }).sort({ _id: 1 }).toArray();
  const business = owned.find((candidate) => financed.has(String(candidate._id)))!;
  ids = {
    worker: worker._id.toHexString(),
    nik: String(worker.nik),
    jobOpening: (await first('kp2mi', 'job_openings'))._id.toHexString(),
    energyCourse: (await first('esdm', 'courses'))._id.toHexString(),
    industryCourse: (await first('perindustrian', 'courses'))._id.toHexString(),
    business: business._id.toHexString(),
    product: (await first('koperasi_ukm', 'products'))._id.toHexString(),
  };
});
afterAll(async () => {
  for (const connection of Object.values(dbs)) await connection.close();
});

/** Every root query field with a selection whose answer is not null when allowed. */
const QUERIES: Record<string, { select: () => string; cells: Cell[] }> = {
  worker: { select: () => `worker(id: "${ids.worker}") { id }`, cells: STAFF },
  workers: { select: () => 'workers(first: 1) { totalCount }', cells: STAFF },
  workerByNik: { select: () => `workerByNik(nik: "${ids.nik}") { id }`, cells: PERSONAL },
  placements: { select: () => 'placements(first: 1) { totalCount }', cells: STAFF },
  countries: { select: () => 'countries { code }', cells: PUBLIC },
  country: { select: () => 'country(code: "TW") { code activeWorkers }', cells: PUBLIC },
  jobOpenings: { select: () => 'jobOpenings(first: 1) { totalCount }', cells: PUBLIC },
  jobOpening: { select: () => `jobOpening(id: "${ids.jobOpening}") { id }`, cells: PUBLIC },
  workerStats: { select: () => 'workerStats(by: STATUS) { key count }', cells: PUBLIC },
  placementStats: { select: () => 'placementStats(by: SECTOR) { key count }', cells: PUBLIC },
  auditTrail: { select: () => `auditTrail(workerId: "${ids.worker}", first: 1) { totalCount }`, cells: AUDIT },
  dataSubjectReport: { select: () => `dataSubjectReport(nik: "${ids.nik}") { nik }`, cells: REPORT },
  energyCourses: { select: () => 'energyCourses(first: 1) { totalCount }', cells: PUBLIC },
  energyCourse: { select: () => `energyCourse(id: "${ids.energyCourse}") { id }`, cells: PUBLIC },
  esdmTrainingCenters: { select: () => 'esdmTrainingCenters { code }', cells: PUBLIC },
  industryCourses: { select: () => 'industryCourses(first: 1) { totalCount }', cells: PUBLIC },
  industryCourse: { select: () => `industryCourse(id: "${ids.industryCourse}") { id }`, cells: PUBLIC },
  bdiTrainingCenters: { select: () => 'bdiTrainingCenters { code }', cells: PUBLIC },
  businesses: { select: () => 'businesses(first: 1) { totalCount }', cells: PUBLIC },
  business: { select: () => `business(id: "${ids.business}") { id name }`, cells: PUBLIC },
  products: { select: () => 'products(first: 1) { totalCount }', cells: PUBLIC },
  product: { select: () => `product(id: "${ids.product}") { id }`, cells: PUBLIC },
  businessStats: { select: () => 'businessStats(by: SCALE) { key count }', cells: PUBLIC },
  financingStats: { select: () => 'financingStats(by: SCHEME) { key count }', cells: PUBLIC },
  kurBanks: { select: () => 'kurBanks { code }', cells: PUBLIC },
};

/** Fields below a public root that only staff see: null with its error, the rest of the answer intact. */
const NESTED: Record<string, { select: () => string; path: string[]; cells: Cell[] }> = {
  'Country.placements': { select: () => 'c: country(code: "TW") { code placements(first: 1) { totalCount } }', path: ['c', 'placements'], cells: STAFF },
  'Business.owner': { select: () => `b1: business(id: "${ids.business}") { id owner { id } }`, path: ['b1', 'owner'], cells: STAFF },
  'Business.financing': { select: () => `b2: business(id: "${ids.business}") { id financing { id } }`, path: ['b2', 'financing'], cells: STAFF },
};

/** The personal-data fields and the name, read through `worker(id)`. */
const WORKER_FIELDS: Record<string, Cell[]> = {
  fullName: NAME,
  nik: PERSONAL,
  birthDate: PERSONAL,
  phone: PERSONAL,
  passportNumber: PERSONAL,
};

/**
 * Every mutation with input that passes GraphQL validation but that the subgraph refuses
 * (BAD_USER_INPUT) once the caller is allowed: authorization comes first, and nothing is written.
 */
const MUTATIONS: Record<string, { operation: string; cells: Cell[] }> = {
  registerWorker: { operation: 'registerWorker(input: { nik: "123", fullName: "A", sex: MALE, birthDate: "2000-01-01" }) { id }', cells: WRITE_KP2MI },
  updateWorkerStatus: { operation: 'updateWorkerStatus(id: "nope", status: READY) { id }', cells: WRITE_KP2MI },
  recordPlacement: {
    operation: 'recordPlacement(input: { workerId: "nope", countryCode: "TW", employer: "E", jobTitle: "J", sector: ENERGY, scheme: P_TO_P, startDate: "2027-01-01" }) { id }',
    cells: WRITE_KP2MI,
  },
  publishJobOpening: { operation: 'publishJobOpening(input: { title: "T", employer: "E", countryCode: "TW", sector: ENERGY, vacancies: 0 }) { id }', cells: WRITE_KP2MI },
  enrollInEnergyCourse: { operation: 'enrollInEnergyCourse(workerId: "nope", courseId: "nope") { id }', cells: WRITE_ESDM },
  completeEnergyCourse: { operation: 'completeEnergyCourse(enrollmentId: "nope", passed: true) { id }', cells: WRITE_ESDM },
  enrollInIndustryCourse: { operation: 'enrollInIndustryCourse(workerId: "nope", courseId: "nope") { id }', cells: WRITE_PERINDUSTRIAN },
  completeIndustryCourse: { operation: 'completeIndustryCourse(enrollmentId: "nope", passed: true) { id }', cells: WRITE_PERINDUSTRIAN },
  registerBusiness: { operation: 'registerBusiness(input: { name: "", provinceCode: "33", sector: TRADE, scale: MICRO }) { id }', cells: WRITE_KOPERASI_UKM },
  addProduct: { operation: 'addProduct(input: { businessId: "nope", name: "P", category: "C", priceIdr: 1, unit: "pcs" }) { id }', cells: WRITE_KOPERASI_UKM },
  applyForFinancing: { operation: 'applyForFinancing(input: { businessId: "nope", scheme: MICRO, amountIdr: 1, bank: "BRI" }) { id }', cells: WRITE_KOPERASI_UKM },
  decideFinancing: { operation: 'decideFinancing(id: "nope", approve: true) { id }', cells: WRITE_KOPERASI_UKM },
};

const CODES: Record<Exclude<Cell, 'Y'>, string> = { F: 'FORBIDDEN', U: 'UNAUTHENTICATED' };

async function headers(caller: Caller | null) {
  return caller ? headersFor(caller) : {};
}

/** What happened at one path of an answer: Y, F, U, or a description of anything else. */
function outcome(body: any, path: (string | number)[]): string {
  const error = body.errors?.find((e: any) => e.path?.join('.') === path.join('.'));
  if (error) return CODES.F === error.extensions?.code ? 'F' : CODES.U === error.extensions?.code ? 'U' : `error ${error.extensions?.code}: ${error.message}`;
  let value = body.data;
  for (const key of path) value = value?.[key];
  return value === null || value === undefined ? 'null without an error' : 'Y';
}

function rootFields(typeName: string): string[] {
  return SUBGRAPHS.flatMap((entry) => {
    const document = parse(readFileSync(path.join(__dirname, '..', '..', 'subgraphs', entry.folder, 'schema.graphql'), 'utf8'));
    const types = document.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === typeName);
    const published = (field: FieldDefinitionNode) => !field.directives?.some((directive) => directive.name.value === 'inaccessible');
    return types.flatMap((type) => (type.fields ?? []).filter(published).map((field) => field.name.value));
  }).sort();
}

describe('authorization matrix', () => {
  it('covers every root query field and every mutation of the graph', () => {
    expect(Object.keys(QUERIES).sort()).toEqual(rootFields('Query'));
    expect(Object.keys(MUTATIONS).sort()).toEqual(rootFields('Mutation'));
  });

  it.each(CALLERS.map(([name, caller], column) => [name, caller, column] as const))('root query fields and staff-only fields for %s', async (_name, caller, column) => {
    const query = `{ ${Object.values(QUERIES).map((row) => row.select()).join('\n')} ${Object.values(NESTED).map((row) => row.select()).join('\n')} }`;
    const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query }, await headers(caller));
    expect(status).toBe(200);
    const got = {
      ...Object.fromEntries(Object.keys(QUERIES).map((field) => [field, outcome(body, [field])])),
      ...Object.fromEntries(Object.entries(NESTED).map(([name, row]) => [name, outcome(body, row.path)])),
    };
    const expected = {
      ...Object.fromEntries(Object.entries(QUERIES).map(([field, row]) => [field, row.cells[column]])),
      ...Object.fromEntries(Object.entries(NESTED).map(([name, row]) => [name, row.cells[column]])),
    };
    expect(got).toEqual(expected);
    // A refused staff-only field leaves the object it belongs to intact.
    expect(body.data.c.code).toBe('TW');
    expect(body.data.b1.id).toBe(ids.business);
  });

  it.each(CALLERS.map(([name, caller], column) => [name, caller, column] as const))('the name and personal data of a worker for %s', async (_name, caller, column) => {
    const query = `{ worker(id: "${ids.worker}") { id status ${Object.keys(WORKER_FIELDS).join(' ')} } }`;
    const { body } = await postGraphQL(stackInfo().gatewayUrl, { query }, await headers(caller));
    if (caller === null) {
      expect(body.data).toEqual({ worker: null });
      expect(body.errors.map((e: any) => [e.path, e.extensions.code])).toEqual([[['worker'], 'UNAUTHENTICATED']]);
      return;
    }
    const got = Object.fromEntries(Object.keys(WORKER_FIELDS).map((field) => [field, outcome(body, ['worker', field])]));
    expect(got).toEqual(Object.fromEntries(Object.entries(WORKER_FIELDS).map(([field, cells]) => [field, cells[column]])));
    expect(body.data.worker).toMatchObject({ id: ids.worker, status: expect.any(String) });
  });

  it.each(CALLERS.map(([name, caller], column) => [name, caller, column] as const))('mutations for %s: allowed ones reach validation, refused ones write nothing', async (_name, caller, column) => {
    const counts = async () =>
      Promise.all(
        [
          ['kp2mi', 'workers'],
          ['kp2mi', 'placements'],
          ['kp2mi', 'job_openings'],
          ['esdm', 'enrollments'],
          ['perindustrian', 'enrollments'],
          ['koperasi_ukm', 'businesses'],
          ['koperasi_ukm', 'products'],
          ['koperasi_ukm', 'financing_applications'],
        ].map(([db, collection]) => dbs[db!]!.db!.collection(collection!).countDocuments()),
      );
    const before = await counts();
    const requestHeaders = await headers(caller);
    const got: Record<string, string> = {};
    for (const [name, row] of Object.entries(MUTATIONS)) {
      const { body } = await postGraphQL(stackInfo().gatewayUrl, { query: `mutation { ${row.operation} }` }, requestHeaders);
      // Refused as input, not as a caller: authorization let it through.
      const result = outcome(body, [name]);
      got[name] = result.startsWith('error BAD_USER_INPUT:') ? 'Y' : result;
    }
    expect(got).toEqual(Object.fromEntries(Object.entries(MUTATIONS).map(([name, row]) => [name, row.cells[column]])));
    expect(await counts()).toEqual(before);
  });

  it("keeps the export's record of personal data off the graph: only the gateway sends it, as a caller who may read personal data", async () => {
    const record = 'mutation { recordPersonalDataExport(input: { exportId: "matrix", format: "csv", fields: ["Worker.nik"], rows: 1 }) { id } }';
    const viaGateway = await postGraphQL(stackInfo().gatewayUrl, { query: record }, await headers(CALLERS[2]![1]));
    expect(viaGateway.status).toBe(400);
    expect(viaGateway.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Sent to KP2MI as the gateway would, for each caller the export could be made by.
    const identities: Record<string, Identity> = {
      analyst: { sub: 'matrix-analyst', ministry: 'ESDM', roles: ['analyst'], scopes: ['pii:read'], purpose: PURPOSE },
      'officer without purpose': { sub: 'matrix-officer', ministry: 'KP2MI', roles: ['officer'], scopes: ['pii:read'], purpose: null },
      'officer with pii:read and purpose': { sub: 'matrix-officer', ministry: 'ESDM', roles: ['officer'], scopes: ['pii:read'], purpose: PURPOSE },
    };
    const got: Record<string, string> = {};
    for (const [name, identity] of Object.entries(identities)) {
      const { body } = await postGraphQL(stackInfo().subgraphUrls.kp2mi!, { query: record }, { [IDENTITY_HEADER]: signIdentity(identity, stackInfo().identitySecret) });
      got[name] = body.data?.recordPersonalDataExport ? 'Y' : String(body.errors?.[0]?.extensions?.code);
    }
    expect(got).toEqual({ analyst: 'FORBIDDEN', 'officer without purpose': 'FORBIDDEN', 'officer with pii:read and purpose': 'Y' });
  });
});
