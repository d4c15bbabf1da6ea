import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { IDENTITY_HEADER, signIdentity, type Identity } from '../../lib/identity';
import type { Connection } from 'mongoose';
import { DATA_SUBJECT_PURPOSE, DEMO_PURPOSE } from '../../scripts/lib/demo-purposes';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { headersFor, type Caller } from './support/callers';
import { openDatabase, postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

/**
 * The authorization table of the README, checked cell by cell through the gateway: every
 * root query field, every mutation and every personal-data field, for each kind of caller.
 * Y = answered, F = null with FORBIDDEN, U = null with UNAUTHENTICATED; for personal data past
 * the rule, the registered purpose (X-Purpose-Code, schema/purposes.json) decides per field:
 * R = null with PURPOSE_REQUIRED (no code sent), N = null with PURPOSE_NOT_ALLOWED (the purpose
 * does not allow the field).
 */
type Cell = 'Y' | 'F' | 'U' | 'R' | 'N';

/** The free-text note (X-Purpose) every caller but one adds to its purpose code. */
const PURPOSE = 'authorization matrix test';
const CALLERS: [string, Caller | null][] = [
  ['anonymous', null],
  ['ESDM analyst with every scope', { ministry: 'ESDM', roles: ['analyst'], scope: 'pii:read audit:read', purposeCode: DEMO_PURPOSE.ESDM, purpose: PURPOSE }],
  // Allows all five Worker fields.
  ['KP2MI officer, pii:read', { ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', purposeCode: 'KP2MI-VERIFIKASI-PENEMPATAN', purpose: PURPOSE }],
  // Allows nik, fullName, birthDate and phone, not passportNumber.
  ['ESDM officer, pii:read', { ministry: 'ESDM', roles: ['officer'], scope: 'pii:read', purposeCode: 'ESDM-PELATIHAN-VOKASI', purpose: PURPOSE }],
  ['PERINDUSTRIAN officer, no scope', { ministry: 'PERINDUSTRIAN', roles: ['officer'], purposeCode: 'PERINDUSTRIAN-PELATIHAN-3IN1', purpose: PURPOSE }],
  ['KOPERASI_UKM officer, pii:read, no purpose', { ministry: 'KOPERASI_UKM', roles: ['officer'], scope: 'pii:read' }],
  // Allows every personal field (legal obligation).
  ['KP2MI admin, pii:read audit:read', { ministry: 'KP2MI', roles: ['admin'], scope: 'pii:read audit:read', purposeCode: DATA_SUBJECT_PURPOSE, purpose: PURPOSE }],
  ['ESDM admin, audit:read', { ministry: 'ESDM', roles: ['admin'], scope: 'audit:read', purposeCode: 'ESDM-PELATIHAN-VOKASI', purpose: PURPOSE }],
  // Allows fullName and phone only: not Worker.nik, so not workerByNik either.
  ['PERINDUSTRIAN officer, pii:read, a purpose without Worker.nik', { ministry: 'PERINDUSTRIAN', roles: ['officer'], scope: 'pii:read', purposeCode: 'PERINDUSTRIAN-PELATIHAN-3IN1', purpose: PURPOSE }],
];

// Columns in the order of CALLERS:           anon analyst kp2miOff esdmOff perinOff kopOff kp2miAdm esdmAdm perinOffPii
const PUBLIC: Cell[] = /*                  */ ['Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'];
const STAFF: Cell[] = /*                   */ ['U', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'];
// Personal data: officers and admins with pii:read, then the purpose for that very field.
const PERSONAL_NIK: Cell[] = /*            */ ['U', 'F', 'Y', 'Y', 'F', 'R', 'Y', 'F', 'N'];
const PERSONAL_PHONE: Cell[] = /*          */ ['U', 'F', 'Y', 'Y', 'F', 'R', 'Y', 'F', 'Y'];
const PERSONAL_PASSPORT: Cell[] = /*       */ ['U', 'F', 'Y', 'N', 'F', 'R', 'Y', 'F', 'N'];
const AUDIT: Cell[] = /*                   */ ['U', 'F', 'F', 'F', 'F', 'F', 'Y', 'Y', 'F'];
const REPORT: Cell[] = /*                  */ ['U', 'F', 'F', 'F', 'F', 'F', 'Y', 'F', 'F'];
// Officers and admins of any ministry (no scope needed) whose purpose allows verification.
const VERIFY: Cell[] = /*                  */ ['U', 'F', 'Y', 'Y', 'Y', 'R', 'Y', 'Y', 'Y'];
const WRITE_KP2MI: Cell[] = /*             */ ['U', 'F', 'Y', 'F', 'F', 'F', 'Y', 'F', 'F'];
const WRITE_ESDM: Cell[] = /*              */ ['U', 'F', 'F', 'Y', 'F', 'F', 'F', 'Y', 'F'];
const WRITE_PERINDUSTRIAN: Cell[] = /*     */ ['U', 'F', 'F', 'F', 'Y', 'F', 'F', 'F', 'Y'];
const WRITE_KOPERASI_UKM: Cell[] = /*      */ ['U', 'F', 'F', 'F', 'F', 'Y', 'F', 'F', 'F'];
// Refusing one's own ministry's part of a data-subject request: an officer or admin of any ministry.
const OFFICER_OR_ADMIN: Cell[] = /*        */ ['U', 'F', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'];
// A worker's fields, reached through `worker(id)`: the anonymous caller is refused at the root.
const NAME: Cell[] = /*                    */ ['U', 'F', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'];

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
    fullName: String(worker.fullName),
    birthDate: (worker.birthDate as Date).toISOString().slice(0, 10),
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
  workerByNik: { select: () => `workerByNik(nik: "${ids.nik}") { id }`, cells: PERSONAL_NIK },
  placements: { select: () => 'placements(first: 1) { totalCount }', cells: STAFF },
  countries: { select: () => 'countries { code }', cells: PUBLIC },
  country: { select: () => 'country(code: "TW") { code activeWorkers }', cells: PUBLIC },
  jobOpenings: { select: () => 'jobOpenings(first: 1) { totalCount }', cells: PUBLIC },
  jobOpening: { select: () => `jobOpening(id: "${ids.jobOpening}") { id }`, cells: PUBLIC },
  workerStats: { select: () => 'workerStats(by: STATUS) { key count }', cells: PUBLIC },
  placementStats: { select: () => 'placementStats(by: SECTOR) { key count }', cells: PUBLIC },
  auditTrail: { select: () => `auditTrail(workerId: "${ids.worker}", first: 1) { totalCount }`, cells: AUDIT },
  dataSubjectReport: { select: () => `dataSubjectReport(nik: "${ids.nik}") { nik }`, cells: REPORT },
  dataSubjectRequests: { select: () => 'dataSubjectRequests(first: 1) { totalCount }', cells: AUDIT },
  // Empty for anonymous callers and analysts, but answered.
  purposes: { select: () => 'purposes { code }', cells: PUBLIC },
  verifyWorker: {
    select: () => `verifyWorker(input: { nik: "${ids.nik}", fullName: ${JSON.stringify(ids.fullName)}, birthDate: "${ids.birthDate}" }) { result }`,
    cells: VERIFY,
  },
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
  nik: PERSONAL_NIK,
  birthDate: PERSONAL_NIK,
  phone: PERSONAL_PHONE,
  passportNumber: PERSONAL_PASSPORT,
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
  submitDataSubjectRequest: { operation: 'submitDataSubjectRequest(input: { nik: "123", type: ACCESS, details: "D" }) { id }', cells: WRITE_KP2MI },
  refuseDataSubjectRequestPart: { operation: 'refuseDataSubjectRequestPart(requestId: "nope", ground: LAW_ENFORCEMENT, reason: "R") { id }', cells: OFFICER_OR_ADMIN },
  retryDataSubjectRequest: { operation: 'retryDataSubjectRequest(id: "nope") { id }', cells: WRITE_KP2MI },
};

/** Each other ministry's part of a data-subject request: a mutation of its subgraph only (`@inaccessible`), by subgraph. */
const DATA_SUBJECT_PARTS: Record<string, string> = { esdm: 'esdmDataSubjectPart', perindustrian: 'perindustrianDataSubjectPart', 'koperasi-ukm': 'koperasiUkmDataSubjectPart' };

const CODES: Record<Exclude<Cell, 'Y'>, string> = { F: 'FORBIDDEN', U: 'UNAUTHENTICATED', R: 'PURPOSE_REQUIRED', N: 'PURPOSE_NOT_ALLOWED' };
const CELL_OF_CODE = Object.fromEntries(Object.entries(CODES).map(([cell, code]) => [code, cell]));

async function headers(caller: Caller | null) {
  return caller ? headersFor(caller) : {};
}

/** What happened at one path of an answer: Y, F, U, or a description of anything else. */
function outcome(body: any, path: (string | number)[]): string {
  const error = body.errors?.find((e: any) => e.path?.join('.') === path.join('.'));
  if (error) return CELL_OF_CODE[error.extensions?.code] ?? `error ${error.extensions?.code}: ${error.message}`;
  let value = body.data;
  for (const key of path) value = value?.[key];
  return value === null || value === undefined ? 'null without an error' : 'Y';
}

/** The root fields of the subgraph schemas: those of the graph clients see, or (`hidden`) the `@inaccessible` ones. */
function rootFields(typeName: string, hidden = false): string[] {
  return SUBGRAPHS.flatMap((entry) => {
    const document = parse(readFileSync(path.join(__dirname, '..', '..', 'subgraphs', entry.folder, 'schema.graphql'), 'utf8'));
    const types = document.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === typeName);
    const inaccessible = (field: FieldDefinitionNode) => Boolean(field.directives?.some((directive) => directive.name.value === 'inaccessible'));
    return types.flatMap((type) => (type.fields ?? []).filter((field) => inaccessible(field) === hidden).map((field) => field.name.value));
  }).sort();
}

describe('authorization matrix', () => {
  it('covers every root query field and every mutation of the graph', () => {
    expect(Object.keys(QUERIES).sort()).toEqual(rootFields('Query'));
    expect(Object.keys(MUTATIONS).sort()).toEqual(rootFields('Mutation'));
    // The mutations kept off the graph, each checked below: the export's record and each ministry's part of a data-subject request.
    expect(rootFields('Mutation', true)).toEqual([...Object.values(DATA_SUBJECT_PARTS), 'recordPersonalDataExport'].sort());
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
          ['kp2mi', 'data_subject_requests'],
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
      analyst: { sub: 'matrix-analyst', ministry: 'ESDM', roles: ['analyst'], scopes: ['pii:read'], purpose: PURPOSE, purposeCode: DEMO_PURPOSE.ESDM },
      'officer without pii:read': { sub: 'matrix-officer', ministry: 'KP2MI', roles: ['officer'], scopes: [], purpose: PURPOSE, purposeCode: DEMO_PURPOSE.KP2MI },
      'officer with pii:read and a registered purpose': { sub: 'matrix-officer', ministry: 'ESDM', roles: ['officer'], scopes: ['pii:read'], purpose: PURPOSE, purposeCode: DEMO_PURPOSE.ESDM },
    };
    const got: Record<string, string> = {};
    for (const [name, identity] of Object.entries(identities)) {
      const { body } = await postGraphQL(stackInfo().subgraphUrls.kp2mi!, { query: record }, { [IDENTITY_HEADER]: signIdentity(identity, stackInfo().identitySecret) });
      got[name] = body.data?.recordPersonalDataExport ? 'Y' : String(body.errors?.[0]?.extensions?.code);
    }
    expect(got).toEqual({ analyst: 'FORBIDDEN', 'officer without pii:read': 'FORBIDDEN', 'officer with pii:read and a registered purpose': 'Y' });
  });

  it.each(Object.entries(DATA_SUBJECT_PARTS))("keeps %s's part of a data-subject request off the graph: only KP2MI's service sends it", async (subgraph, field) => {
    const part = `mutation { ${field}(input: "{}") { report } }`;
    const viaGateway = await postGraphQL(stackInfo().gatewayUrl, { query: part }, await headers(CALLERS[6]![1]));
    expect(viaGateway.status).toBe(400);
    expect(viaGateway.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const ministry = SUBGRAPHS.find((entry) => entry.name === subgraph)!.ministry;
    // Sent straight to the ministry's subgraph: an input that is no request part is refused (BAD_USER_INPUT) once the caller is let through.
    const identities: Record<string, Identity> = {
      "the ministry's admin": { sub: 'matrix-admin', ministry, roles: ['admin'], scopes: ['pii:read', 'audit:read'], purpose: PURPOSE, purposeCode: DEMO_PURPOSE[ministry] },
      'KP2MI admin': { sub: 'matrix-admin', ministry: 'KP2MI', roles: ['admin'], scopes: ['pii:read', 'audit:read'], purpose: PURPOSE, purposeCode: DATA_SUBJECT_PURPOSE },
      "the ministry's own service": { sub: `service:${subgraph}`, ministry, roles: ['service'], scopes: [], purpose: null },
      "KP2MI's service": { sub: 'service:kp2mi', ministry: 'KP2MI', roles: ['service'], scopes: [], purpose: null },
    };
    const got: Record<string, string> = {};
    for (const [name, identity] of Object.entries(identities)) {
      const { body } = await postGraphQL(stackInfo().subgraphUrls[subgraph]!, { query: part }, { [IDENTITY_HEADER]: signIdentity(identity, stackInfo().identitySecret) });
      const code = String(body.errors?.[0]?.extensions?.code);
      got[name] = code === 'BAD_USER_INPUT' ? 'Y' : code;
    }
    expect(got).toEqual({ "the ministry's admin": 'FORBIDDEN', 'KP2MI admin': 'FORBIDDEN', "the ministry's own service": 'FORBIDDEN', "KP2MI's service": 'Y' });
  });
});
