import type { Connection } from 'mongoose';
import { Types } from 'mongoose';
import { DATA_SUBJECT_PURPOSE, DEMO_PURPOSE } from '../../scripts/lib/demo-purposes';
import { headersFor } from './support/callers';
import { gatewayClient, openDatabase, postGraphQL } from './support/clients';
import { withAuditWritesRefused } from './support/refused-audit-writes';
import { stackInfo } from './support/stack-info';

/** The four subgraphs' databases, each holding its own audit_entries. */
const DATABASES = { KP2MI: 'kp2mi', ESDM: 'esdm', PERINDUSTRIAN: 'perindustrian', KOPERASI_UKM: 'koperasi_ukm' } as const;
const databases = {} as Record<keyof typeof DATABASES, Connection>;

const entries = (ministry: keyof typeof DATABASES, filter: Record<string, unknown>) =>
  databases[ministry].db!.collection('audit_entries').find(filter).sort({ at: -1, _id: -1 }).toArray();

let worker: Record<string, any>;
let energyCourseId: string;
let industryCourseId: string;

beforeAll(async () => {
  for (const [ministry, name] of Object.entries(DATABASES)) databases[ministry as keyof typeof DATABASES] = await openDatabase(name);
  // A READY worker no ministry has touched yet in this run, so its trail is only what this file does.
  const touched = new Set((await Promise.all(Object.keys(DATABASES).map((m) => entries(m as keyof typeof DATABASES, {})))).flat().map((e) => String(e.workerId)));
  const ready = await databases.KP2MI.db!.collection('workers').find({ status: 'READY' }).sort({ _id: 1 }).toArray();
  worker = ready.find((candidate) => !touched.has(candidate._id.toHexString()))!;
  const openCourse = async (db: Connection) => (await db.db!.collection('courses').findOne({ seatsAvailable: { $gt: 5 } }, { sort: { _id: 1 } }))!._id.toHexString();
  energyCourseId = await openCourse(databases.ESDM);
  industryCourseId = await openCourse(databases.PERINDUSTRIAN);
});
afterAll(async () => {
  for (const connection of Object.values(databases)) await connection.close();
});

const officer = (ministry: keyof typeof DATABASES) => stackInfo().officerHeaders[ministry];

/** What the audit trail must say about an actor, as the token says it. */
const actorOf = (ministry: string) => ({ sub: `e2e-${ministry.toLowerCase()}-officer`, ministry, roles: ['officer'] });

describe('the audit trail', () => {
  it('records a read of personal data with who, why, which worker and which fields, once per worker per request', async () => {
    const id = worker._id.toHexString();
    const query = 'query VerifyIdentity($id: ID!) { worker(id: $id) { id nik phone again: nik status } }';
    const data = await gatewayClient(officer('KP2MI')).request(query, { id });
    expect(data).toEqual({ worker: { id, nik: worker.nik, phone: worker.phone ?? null, again: worker.nik, status: 'READY' } });
    const recorded = await entries('KP2MI', { workerId: worker._id });
    expect(recorded).toEqual([
      {
        _id: expect.any(Types.ObjectId),
        at: expect.any(Date),
        ministry: 'KP2MI',
        action: 'READ_PERSONAL_DATA',
        operation: 'read',
        operationName: 'VerifyIdentity',
        actor: actorOf('KP2MI'),
        purpose: 'automated end-to-end test',
        purposeCode: DEMO_PURPOSE.KP2MI,
        legalBasis: 'PUBLIC_TASK',
        recordType: 'Worker',
        recordId: id,
        workerId: worker._id,
        fields: ['Worker.nik', 'Worker.phone'],
        requestId: expect.any(String),
        errorCode: null,
      },
    ]);
  });

  it('records nothing for a read without personal data', async () => {
    const before = (await entries('KP2MI', {})).length;
    await gatewayClient(officer('KP2MI')).request('query($id: ID!) { worker(id: $id) { id status fullName } }', { id: worker._id.toHexString() });
    expect(await entries('KP2MI', {})).toHaveLength(before);
  });

  it('records writes in the subgraph that made them, and refused writes with their error code', async () => {
    const id = worker._id.toHexString();
    const enrolled = await gatewayClient(officer('ESDM')).request<{ enrollInEnergyCourse: { id: string } }>(
      'mutation Enroll($w: ID!, $c: ID!) { enrollInEnergyCourse(workerId: $w, courseId: $c) { id } }',
      { w: id, c: energyCourseId },
    );
    await gatewayClient(officer('PERINDUSTRIAN')).request('mutation($w: ID!, $c: ID!) { enrollInIndustryCourse(workerId: $w, courseId: $c) { id } }', { w: id, c: industryCourseId });
    const business = await gatewayClient(officer('KOPERASI_UKM')).request<{ registerBusiness: { id: string } }>(
      'mutation($input: RegisterBusinessInput!) { registerBusiness(input: $input) { id } }',
      { input: { name: 'Warung Audit', ownerWorkerId: id, provinceCode: worker.provinceCode, sector: 'FOOD_BEVERAGE', scale: 'MICRO' } },
    );
    // An ESDM officer may not record a placement: refused, nothing written, and on record at KP2MI.
    const refused = await postGraphQL(
      stackInfo().gatewayUrl,
      { query: 'mutation($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }', variables: { input: { workerId: id, countryCode: 'TW', employer: 'X', jobTitle: 'Y', sector: 'ENERGY', scheme: 'P_TO_P', startDate: '2027-01-01' } } },
      officer('ESDM'),
    );
    expect(refused.body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(await databases.KP2MI.db!.collection('placements').countDocuments({ workerId: worker._id, employer: 'X' })).toBe(0);

    const [esdm] = await entries('ESDM', { workerId: worker._id });
    expect(esdm).toMatchObject({
      action: 'WRITE',
      operation: 'enrollInEnergyCourse',
      operationName: 'Enroll',
      ministry: 'ESDM',
      actor: actorOf('ESDM'),
      purposeCode: DEMO_PURPOSE.ESDM,
      legalBasis: 'PUBLIC_TASK',
      recordType: 'EnergyEnrollment',
      recordId: enrolled.enrollInEnergyCourse.id,
      fields: ['workerId', 'courseId'],
      errorCode: null,
    });
    const [perindustrian] = await entries('PERINDUSTRIAN', { workerId: worker._id });
    expect(perindustrian).toMatchObject({ action: 'WRITE', operation: 'enrollInIndustryCourse', ministry: 'PERINDUSTRIAN', recordType: 'IndustryEnrollment', operationName: null });
    const [koperasi] = await entries('KOPERASI_UKM', { workerId: worker._id });
    expect(koperasi).toMatchObject({
      action: 'WRITE',
      operation: 'registerBusiness',
      recordType: 'Business',
      recordId: business.registerBusiness.id,
      fields: ['input.name', 'input.ownerWorkerId', 'input.provinceCode', 'input.sector', 'input.scale'],
    });
    const [rejected] = await entries('KP2MI', { workerId: worker._id, action: 'WRITE_REJECTED' });
    expect(rejected).toMatchObject({ operation: 'recordPlacement', actor: actorOf('ESDM'), recordType: 'Placement', recordId: null, errorCode: 'FORBIDDEN' });
  });

  const TRAIL = `query($workerId: ID!, $first: Int, $after: String) { auditTrail(workerId: $workerId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id at ministry action operation operationName actor { sub ministry roles } purpose purposeCode legalBasis changes { field oldValue newValue } recordType recordId workerId fields requestId errorCode } } } }`;

  /** Every entry about the worker, straight from the four databases, newest first as the graph promises. */
  async function trailFromDatabases() {
    const all = (await Promise.all(Object.keys(DATABASES).map((m) => entries(m as keyof typeof DATABASES, { workerId: worker._id })))).flat();
    return all
      .map((e) => ({ id: e._id.toHexString(), at: (e.at as Date).toISOString(), ministry: e.ministry, action: e.action, operation: e.operation, purposeCode: e.purposeCode ?? null, legalBasis: e.legalBasis ?? null, changes: e.changes ?? [] }))
      .sort((a, b) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.id < b.id ? 1 : -1));
  }

  it('reads one worker\'s trail across the four ministries, newest first, and pages through it without skipping or repeating', async () => {
    const expected = await trailFromDatabases();
    expect(new Set(expected.map((e) => e.ministry))).toEqual(new Set(['KP2MI', 'ESDM', 'PERINDUSTRIAN', 'KOPERASI_UKM']));
    const admin = await headersFor({ ministry: 'KP2MI', roles: ['admin'], scope: 'audit:read' });
    const seen: unknown[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { auditTrail }: { auditTrail: any } = await gatewayClient(admin).request<any>(TRAIL, { workerId: worker._id.toHexString(), first: 2, after });
      expect(auditTrail.totalCount).toBe(expected.length);
      seen.push(
        ...auditTrail.edges.map((edge: any) => ({
          id: edge.node.id,
          at: edge.node.at,
          ministry: edge.node.ministry,
          action: edge.node.action,
          operation: edge.node.operation,
          purposeCode: edge.node.purposeCode,
          legalBasis: edge.node.legalBasis,
          changes: edge.node.changes,
        })),
      );
      after = auditTrail.pageInfo.hasNextPage ? auditTrail.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(seen).toEqual(expected);
    // Each entry names the registered purpose its officer stated, with that purpose's legal basis (a refused write too).
    const recorded = (await Promise.all(Object.keys(DATABASES).map((m) => entries(m as keyof typeof DATABASES, { workerId: worker._id })))).flat();
    expect(new Set(recorded.map((e) => `${e.actor.ministry} ${e.purposeCode} ${e.legalBasis}`))).toEqual(
      new Set((['KP2MI', 'ESDM', 'PERINDUSTRIAN', 'KOPERASI_UKM'] as const).map((ministry) => `${ministry} ${DEMO_PURPOSE[ministry]} PUBLIC_TASK`)),
    );
    expect(pages).toBe(Math.ceil(expected.length / 2));
  });

  it('is refused to an officer, and to an admin without audit:read', async () => {
    for (const caller of [{ ministry: 'KP2MI', roles: ['officer'], scope: 'audit:read pii:read' }, { ministry: 'KP2MI', roles: ['admin'], scope: 'pii:read' }] as const) {
      const { body } = await postGraphQL(stackInfo().gatewayUrl, { query: TRAIL, variables: { workerId: worker._id.toHexString() } }, await headersFor({ ...caller, roles: [...caller.roles] }));
      expect(body.data).toEqual({ auditTrail: null });
      expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('refuses a malformed worker id or cursor with BAD_USER_INPUT', async () => {
    const admin = await headersFor({ ministry: 'KP2MI', roles: ['admin'], scope: 'audit:read' });
    const badId = await postGraphQL(stackInfo().gatewayUrl, { query: TRAIL, variables: { workerId: 'nope' } }, admin);
    expect(badId.body.errors).toEqual([expect.objectContaining({ message: 'workerId "nope" is not a worker id (24 hexadecimal characters)', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'workerId' }) })]);
    const badCursor = await postGraphQL(stackInfo().gatewayUrl, { query: TRAIL, variables: { workerId: worker._id.toHexString(), after: 'eHh4' } }, admin);
    expect(badCursor.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) })]);
  });
});

describe('dataSubjectReport', () => {
  const REPORT = `query Report($nik: String!) { dataSubjectReport(nik: $nik) {
    nik generatedAt
    worker { id fullName nik birthDate phone status placements { id } energyEnrollments { id course { id } } industryEnrollments { id course { id } } businesses { id name } }
    auditTrail(first: 100) { totalCount edges { node { ministry action operation fields } } } } }`;
  const adminHeaders = () => headersFor({ ministry: 'KP2MI', roles: ['admin'], scope: 'pii:read audit:read', purposeCode: DATA_SUBJECT_PURPOSE, purpose: 'data subject access request' });

  it('returns, in one query, what all four ministries hold about the person and who processed it', async () => {
    const { dataSubjectReport: report } = await gatewayClient(await adminHeaders()).request<any>(REPORT, { nik: worker.nik });
    expect(report.nik).toBe(worker.nik);
    expect(Date.now() - Date.parse(report.generatedAt)).toBeLessThan(60_000);
    const placements = await databases.KP2MI.db!.collection('placements').find({ workerId: worker._id }).toArray();
    const energy = await databases.ESDM.db!.collection('enrollments').find({ workerId: worker._id }).toArray();
    const industry = await databases.PERINDUSTRIAN.db!.collection('enrollments').find({ workerId: worker._id }).toArray();
    const businesses = await databases.KOPERASI_UKM.db!.collection('businesses').find({ ownerWorkerId: worker._id }).toArray();
    expect(report.worker).toEqual({
      id: worker._id.toHexString(),
      fullName: worker.fullName,
      nik: worker.nik,
      birthDate: (worker.birthDate as Date).toISOString().slice(0, 10),
      phone: worker.phone ?? null,
      status: 'READY',
      placements: placements.map((p) => ({ id: p._id.toHexString() })),
      energyEnrollments: energy.map((e) => ({ id: e._id.toHexString(), course: { id: e.courseId.toHexString() } })),
      industryEnrollments: industry.map((e) => ({ id: e._id.toHexString(), course: { id: e.courseId.toHexString() } })),
      businesses: businesses.map((b) => ({ id: b._id.toHexString(), name: b.name })),
    });
    // The enrollments and the business written above are among them.
    for (const list of [energy, industry, businesses]) expect(list.length).toBeGreaterThan(0);
    // The trail holds every ministry's processing, the report itself included (newest first).
    const ministries = new Set(report.auditTrail.edges.map((edge: any) => edge.node.ministry));
    expect(ministries).toEqual(new Set(['KP2MI', 'ESDM', 'PERINDUSTRIAN', 'KOPERASI_UKM']));
    expect(report.auditTrail.totalCount).toBe((await trailCount()));
    expect(report.auditTrail.edges.some((edge: any) => edge.node.action === 'READ_PERSONAL_DATA' && edge.node.fields.includes('Query.dataSubjectReport'))).toBe(true);
  });

  it('is null for a NIK nobody has, and refused to an officer, without a purpose, or under a purpose that does not allow Worker.nik', async () => {
    const none = await gatewayClient(await adminHeaders()).request(REPORT, { nik: '3507330101990001' });
    expect(none).toEqual({ dataSubjectReport: null });
    for (const [caller, code, message] of [
      [{ ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read audit:read', purposeCode: DATA_SUBJECT_PURPOSE, purpose: 'x' }, 'FORBIDDEN', 'The audit trail is only for admins'],
      [
        { ministry: 'KP2MI', roles: ['admin'], scope: 'pii:read audit:read', purpose: 'data subject access request' },
        'PURPOSE_REQUIRED',
        'Personal data needs a registered purpose: send its code in the X-Purpose-Code header (the `purposes` query lists yours)',
      ],
      [{ ministry: 'PERINDUSTRIAN', roles: ['admin'], scope: 'pii:read audit:read', purposeCode: 'PERINDUSTRIAN-PELATIHAN-3IN1' }, 'PURPOSE_NOT_ALLOWED', 'Purpose PERINDUSTRIAN-PELATIHAN-3IN1 does not allow Worker.nik'],
    ] as const) {
      const { body } = await postGraphQL(stackInfo().gatewayUrl, { query: REPORT, variables: { nik: worker.nik } }, await headersFor({ ...caller, roles: [...caller.roles] }));
      expect(body.data).toEqual({ dataSubjectReport: null });
      expect(body.errors).toEqual([expect.objectContaining({ path: ['dataSubjectReport'], message, extensions: expect.objectContaining({ code }) })]);
    }
  });
});

async function trailCount(): Promise<number> {
  let total = 0;
  for (const ministry of Object.keys(DATABASES)) total += (await entries(ministry as keyof typeof DATABASES, { workerId: worker._id })).length;
  return total;
}

describe('when the audit trail cannot be written', () => {
  it('withholds the personal data rather than serving it unaudited, and keeps the rest of the answer', async () => {
    const audit = databases.KP2MI.db!.collection('audit_entries');
    await withAuditWritesRefused(databases.KP2MI, async () => {
      const before = await audit.countDocuments();
      const { body } = await postGraphQL(
        stackInfo().gatewayUrl,
        { query: 'query($id: ID!) { worker(id: $id) { id status nik } }', variables: { id: worker._id.toHexString() } },
        officer('KP2MI'),
      );
      expect(body.data).toEqual({ worker: { id: worker._id.toHexString(), status: 'READY', nik: null } });
      expect(body.errors).toEqual([
        expect.objectContaining({ path: ['worker', 'nik'], message: 'The audit trail could not record this processing, so it was not done', extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }) }),
      ]);
      expect(JSON.stringify(body)).not.toContain(worker.nik);
      expect(await audit.countDocuments()).toBe(before);
    });
  });
});
