import { Types, type Connection } from 'mongoose';
import { DATA_SUBJECT_PURPOSE, DEMO_PURPOSE } from '../../scripts/lib/demo-purposes';
import { openDatabase, postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';

/**
 * Data-subject requests through the gateway, against the four real subgraphs: received by a
 * KP2MI officer, carried out by each ministry in its own database, and in force on the very
 * next request.
 */
const DATABASES = { KP2MI: 'kp2mi', ESDM: 'esdm', PERINDUSTRIAN: 'perindustrian', KOPERASI_UKM: 'koperasi_ukm' } as const;
type Ministry = keyof typeof DATABASES;
const db = {} as Record<Ministry, Connection>;

const officer = (ministry: Ministry) => stackInfo().officerHeaders[ministry];
/** A KP2MI officer under the protection purpose, which rests on a legal obligation (Pasal 20(2) c). */
const underObligation = () => ({ ...officer('KP2MI'), 'x-purpose-code': 'KP2MI-PELINDUNGAN' });
const admin = () => stackInfo().defaultHeaders;

const gql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = officer('KP2MI')) => postGraphQL(stackInfo().gatewayUrl, { query, variables }, headers);

const REQUEST_FIELDS = `id type status overdue receivedAt dueAt details worker { id } receivedBy { sub ministry }
  parts { ministry status refusalGround handledBy { sub ministry } handledAt note erased corrected kept { field purposeCode retentionDuty until } }`;
const SUBMIT = `mutation Submit($input: SubmitDataSubjectRequestInput!) { submitDataSubjectRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const REFUSE = `mutation Refuse($id: ID!, $ground: RefusalGround!, $reason: String!) { refuseDataSubjectRequestPart(requestId: $id, ground: $ground, reason: $reason) { ${REQUEST_FIELDS} } }`;

/** Everything the four ministries hold about one person, in one query. */
const PERSON = `query Person($id: ID!) { worker(id: $id) { id status fullName nik birthDate phone passportNumber
  energyEnrollments { id score } industryEnrollments { id score } businesses { id financing { id amountIdr bank } } } }`;
const PERSONAL_PATHS = ['worker.fullName', 'worker.nik', 'worker.birthDate', 'worker.phone', 'worker.passportNumber'];

let people: Record<'restricted' | 'other' | 'erased' | 'corrected' | 'accessed', Record<string, any>>;
const createdRequests: Types.ObjectId[] = [];

async function submit(input: Record<string, unknown>, headers = officer('KP2MI')) {
  const answer = await gql(SUBMIT, { input: { details: 'Permintaan subjek data diterima di loket', ...input } }, headers);
  const request = answer.body.data?.submitDataSubjectRequest;
  if (request) createdRequests.push(new Types.ObjectId(request.id as string));
  return answer;
}

async function must(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const answer = await gql(query, variables, headers);
  if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
  return answer.body.data;
}

/** Gives a person data in all four ministries: a scored course in each training ministry and a KUR application. */
async function dataEverywhere(worker: Record<string, any>, courses: { esdm: string; perindustrian: string }) {
  const id = worker._id.toHexString();
  const energy = await must('mutation($w: ID!, $c: ID!) { enrollInEnergyCourse(workerId: $w, courseId: $c) { id } }', { w: id, c: courses.esdm }, officer('ESDM'));
  await must('mutation($e: ID!) { completeEnergyCourse(enrollmentId: $e, passed: true, score: 81) { id } }', { e: energy.enrollInEnergyCourse.id }, officer('ESDM'));
  const industry = await must('mutation($w: ID!, $c: ID!) { enrollInIndustryCourse(workerId: $w, courseId: $c) { id } }', { w: id, c: courses.perindustrian }, officer('PERINDUSTRIAN'));
  await must('mutation($e: ID!) { completeIndustryCourse(enrollmentId: $e, passed: true, score: 77) { id } }', { e: industry.enrollInIndustryCourse.id }, officer('PERINDUSTRIAN'));
  const business = await must(
    'mutation($input: RegisterBusinessInput!) { registerBusiness(input: $input) { id } }',
    { input: { name: `Usaha Purna ${id.slice(-6)}`, ownerWorkerId: id, provinceCode: worker.provinceCode, sector: 'FOOD_BEVERAGE', scale: 'MICRO' } },
    officer('KOPERASI_UKM'),
  );
  await must('mutation($input: ApplyForFinancingInput!) { applyForFinancing(input: $input) { id } }', { input: { businessId: business.registerBusiness.id, scheme: 'PMI', amountIdr: 50_000_000, bank: 'BRI' } }, officer('KOPERASI_UKM'));
}

const codes = (body: any) => (body.errors ?? []).map((error: any) => [error.path.join('.'), error.extensions.code, error.extensions.serviceName]);

beforeAll(async () => {
  for (const [ministry, name] of Object.entries(DATABASES)) db[ministry as Ministry] = await openDatabase(name);
  // Workers no training ministry has seen, so each enrollment here is the first.
  const enrolled = new Set((await Promise.all([db.ESDM, db.PERINDUSTRIAN].map((c) => c.db!.collection('enrollments').distinct('workerId')))).flat().map(String));
  const candidates = (await db.KP2MI.db!.collection('workers').find({ status: 'READY', phone: { $ne: null } }).sort({ _id: -1 }).toArray()).filter((w) => !enrolled.has(w._id.toHexString()));
  const [restricted, other, erased, corrected, accessed] = candidates;
  people = { restricted: restricted!, other: other!, erased: erased!, corrected: corrected!, accessed: accessed! };
  const course = async (c: Connection) => (await c.db!.collection('courses').findOne({ seatsAvailable: { $gt: 5 } }, { sort: { _id: 1 } }))!._id.toHexString();
  const courses = { esdm: await course(db.ESDM), perindustrian: await course(db.PERINDUSTRIAN) };
  for (const person of [people.restricted, people.erased]) await dataEverywhere(person, courses);
}, 120_000);

afterAll(async () => {
  for (const connection of Object.values(db)) await connection.close();
});

describe('RESTRICT and LIFT_RESTRICTION', () => {
  it('make all four subgraphs refuse the person’s personal data on the next request, and then answer it again', async () => {
    const id = people.restricted._id.toHexString();
    const statsBefore = (await must('{ workerStats(by: STATUS) { key count } }', {}, admin())).workerStats;
    const before = await gql(PERSON, { id });
    expect(before.body.errors).toBeUndefined();

    const { body } = await submit({ nik: people.restricted.nik, type: 'RESTRICT' });
    const request = body.data.submitDataSubjectRequest;
    expect(request).toMatchObject({ type: 'RESTRICT', status: 'DONE', overdue: false, worker: { id }, receivedBy: { sub: 'e2e-kp2mi-officer', ministry: 'KP2MI' } });
    expect(Date.parse(request.dueAt) - Date.parse(request.receivedAt)).toBe(72 * 3600_000);
    expect(request.parts.map((part: any) => [part.ministry, part.status, part.handledBy.sub])).toEqual([
      ['KP2MI', 'DONE', 'e2e-kp2mi-officer'],
      ['ESDM', 'DONE', 'e2e-kp2mi-officer'],
      ['PERINDUSTRIAN', 'DONE', 'e2e-kp2mi-officer'],
      ['KOPERASI_UKM', 'DONE', 'e2e-kp2mi-officer'],
    ]);

    // The very next request: every personal field of this person refused, in each subgraph that holds one.
    const restricted = await gql(PERSON, { id });
    expect(restricted.body.data.worker).toMatchObject({ id, status: 'READY', fullName: null, nik: null, birthDate: null, phone: null, passportNumber: null, energyEnrollments: [{ score: null }], industryEnrollments: [{ score: null }] });
    expect(restricted.body.data.worker.businesses[0].financing).toBeNull();
    const refusals = codes(restricted.body);
    expect(refusals.every(([, code]: string[]) => code === 'RESTRICTED')).toBe(true);
    expect(refusals.map(([path]: string[]) => path)).toEqual(expect.arrayContaining([...PERSONAL_PATHS, 'worker.energyEnrollments.0.score', 'worker.industryEnrollments.0.score', 'worker.businesses.0.financing.0.amountIdr']));
    expect(new Set(refusals.map(([, , service]: string[]) => service))).toEqual(new Set(['kp2mi', 'esdm', 'perindustrian', 'koperasi-ukm']));

    // Another person's data stays readable; the restricted person is still counted.
    const other = await gql('query($id: ID!) { worker(id: $id) { nik phone } }', { id: people.other._id.toHexString() });
    expect(other.body).toEqual({ data: { worker: { nik: people.other.nik, phone: people.other.phone } } });
    expect((await must('{ workerStats(by: STATUS) { key count } }', {}, admin())).workerStats).toEqual(statsBefore);
    // A purpose resting on a legal obligation still reads it.
    expect((await gql('query($id: ID!) { worker(id: $id) { nik } }', { id }, underObligation())).body).toEqual({ data: { worker: { nik: people.restricted.nik } } });

    const lifted = (await submit({ nik: people.restricted.nik, type: 'LIFT_RESTRICTION' })).body.data.submitDataSubjectRequest;
    expect(lifted.parts.map((part: any) => part.status)).toEqual(['DONE', 'DONE', 'DONE', 'DONE']);
    expect(await gql(PERSON, { id })).toEqual(before);
  });

  it('refused by one ministry on a Pasal 15 ground, is lifted there only', async () => {
    const id = people.restricted._id.toHexString();
    const request = (await submit({ nik: people.restricted.nik, type: 'RESTRICT' })).body.data.submitDataSubjectRequest;
    const refused = await gql(REFUSE, { id: request.id, ground: 'LAW_ENFORCEMENT', reason: 'Data diminta penyidik dalam perkara yang sedang berjalan' }, officer('ESDM'));
    const esdmPart = refused.body.data.refuseDataSubjectRequestPart.parts.find((part: any) => part.ministry === 'ESDM');
    expect(esdmPart).toMatchObject({ status: 'REFUSED', refusalGround: 'LAW_ENFORCEMENT', handledBy: { sub: 'e2e-esdm-officer', ministry: 'ESDM' } });
    expect(esdmPart.note).toContain('Pasal 15(1) huruf b');
    const now = await gql(PERSON, { id });
    expect(now.body.data.worker.energyEnrollments[0].score).toBe(81);
    expect(now.body.data.worker.industryEnrollments[0].score).toBeNull();
    expect(now.body.data.worker.nik).toBeNull();
    await submit({ nik: people.restricted.nik, type: 'LIFT_RESTRICTION' });
  });
});

describe('RECTIFY', () => {
  it('changes the value where it is kept and leaves old and new in that ministry’s audit trail', async () => {
    const person = people.corrected;
    const id = person._id.toHexString();
    const phone = '+6281299990017';
    const request = (await submit({ nik: person.nik, type: 'RECTIFY', corrections: [{ field: 'Worker.phone', value: phone }] })).body.data.submitDataSubjectRequest;
    expect(request.parts.map((part: any) => [part.ministry, part.status, part.corrected])).toEqual([
      ['KP2MI', 'DONE', ['Worker.phone']],
      ['ESDM', 'DONE', []],
      ['PERINDUSTRIAN', 'DONE', []],
      ['KOPERASI_UKM', 'DONE', []],
    ]);
    expect((await gql('query($id: ID!) { worker(id: $id) { phone } }', { id })).body).toEqual({ data: { worker: { phone } } });
    const entries = await db.KP2MI.db!.collection('audit_entries').find({ workerId: person._id, action: 'RECTIFY' }).toArray();
    expect(entries.map((entry) => [entry.recordId, entry.changes, entry.purposeCode])).toEqual([[request.id, [{ field: 'Worker.phone', oldValue: person.phone, newValue: phone }], DEMO_PURPOSE.KP2MI]]);
    const trail = await must('query($id: ID!) { auditTrail(workerId: $id) { edges { node { action ministry changes { field oldValue newValue } } } } }', { id }, admin());
    expect(trail.auditTrail.edges.map((edge: any) => edge.node).filter((node: any) => node.action === 'RECTIFY')).toEqual([{ action: 'RECTIFY', ministry: 'KP2MI', changes: [{ field: 'Worker.phone', oldValue: person.phone, newValue: phone }] }]);
  });

  it('refuses a correction it cannot make, naming it, with nothing written', async () => {
    const count = () => db.KP2MI.db!.collection('data_subject_requests').countDocuments();
    const before = await count();
    for (const [input, field] of [
      [{ nik: people.corrected.nik, type: 'RECTIFY', corrections: [{ field: 'Worker.nik', value: '3507330101990001' }] }, 'input.corrections[0].field'],
      [{ nik: people.corrected.nik, type: 'RECTIFY', corrections: [{ field: 'Worker.phone', value: '0812' }] }, 'input.corrections[0].value'],
      [{ nik: people.corrected.nik, type: 'RECTIFY', corrections: [] }, 'input.corrections'],
      [{ nik: people.corrected.nik, type: 'RESTRICT', corrections: [{ field: 'Worker.phone', value: '+6281299990018' }] }, 'input.corrections'],
      [{ nik: '12345', type: 'ACCESS' }, 'input.nik'],
    ] as const) {
      const { body } = await submit(input);
      expect([body.data, body.errors.map((e: any) => [e.extensions.code, e.extensions.field])]).toEqual([null, [['BAD_USER_INPUT', field]]]);
    }
    expect(await count()).toBe(before);
  });
});

describe('ERASE', () => {
  it('leaves no personal value of the person readable anywhere, keeps what retention duties keep, and reports both', async () => {
    const person = people.erased;
    const id = person._id.toHexString();
    const request = (await submit({ nik: person.nik, type: 'ERASE' })).body.data.submitDataSubjectRequest;
    const part = (ministry: Ministry) => request.parts.find((candidate: any) => candidate.ministry === ministry);
    const kp2miKept = ['Worker.birthDate', 'Worker.fullName', 'Worker.nik', ...(person.passportNumber ? ['Worker.passportNumber'] : [])];
    expect(part('KP2MI')).toMatchObject({ status: 'DONE', erased: ['Worker.phone'] });
    expect(part('KP2MI').kept.map((kept: any) => [kept.field, kept.purposeCode])).toEqual(kp2miKept.map((field) => [field, 'KP2MI-PELINDUNGAN']));
    expect(part('ESDM')).toMatchObject({ status: 'DONE', erased: ['EnergyEnrollment.score'], kept: [] });
    expect(part('PERINDUSTRIAN')).toMatchObject({ status: 'DONE', erased: [], kept: [{ field: 'IndustryEnrollment.score', purposeCode: 'PERINDUSTRIAN-SERTIFIKASI-KOMPETENSI' }] });
    expect(part('KOPERASI_UKM')).toMatchObject({
      status: 'REFUSED',
      refusalGround: 'FINANCIAL_SUPERVISION',
      erased: [],
      kept: [
        { field: 'FinancingApplication.amountIdr', purposeCode: 'KOPERASI-PENYALURAN-KUR' },
        { field: 'FinancingApplication.bank', purposeCode: 'KOPERASI-PENYALURAN-KUR' },
      ],
    });
    for (const kept of request.parts.flatMap((p: any) => p.kept)) expect(Date.parse(kept.until)).toBeGreaterThan(Date.now());

    // Nothing of the person is answered, not even under the data-subject purpose (a legal obligation).
    for (const headers of [officer('KP2MI'), admin()]) {
      const answer = await gql(PERSON, { id }, headers);
      const raw = JSON.stringify(answer.body);
      for (const value of [person.nik, person.fullName, person.phone, person.passportNumber, '50000000'].filter(Boolean)) expect(raw).not.toContain(String(value));
      expect(codes(answer.body).every(([, code]: string[]) => code === 'ERASED')).toBe(true);
      expect(codes(answer.body).map(([path]: string[]) => path)).toEqual(expect.arrayContaining([...PERSONAL_PATHS, 'worker.energyEnrollments.0.score', 'worker.industryEnrollments.0.score']));
    }
    // In the databases: erased values gone, retention-bound ones kept, and a tombstone in each ministry.
    const worker = (await db.KP2MI.db!.collection('workers').findOne({ _id: person._id }))!;
    expect([worker.phone, worker.nik, worker.fullName]).toEqual([undefined, person.nik, person.fullName]);
    expect((await db.ESDM.db!.collection('enrollments').findOne({ workerId: person._id }))!.score).toBeNull();
    expect((await db.PERINDUSTRIAN.db!.collection('enrollments').findOne({ workerId: person._id }))!.score).toBe(77);
    const businesses = await db.KOPERASI_UKM.db!.collection('businesses').find({ ownerWorkerId: person._id }).toArray();
    expect(await db.KOPERASI_UKM.db!.collection('financing_applications').countDocuments({ businessId: { $in: businesses.map((b) => b._id) } })).toBe(1);
    for (const ministry of Object.keys(DATABASES) as Ministry[]) {
      const state = await db[ministry].db!.collection('data_subject_states').findOne({ _id: person._id });
      expect(state?.erasure).toMatchObject({ requestId: request.id, erased: part(ministry).erased });
    }
  });
});

describe('ACCESS, refusals and the list of requests', () => {
  it('records ACCESS as a request, done at once, answered by the data-subject report', async () => {
    const person = people.accessed;
    const { body } = await submit({ nik: person.nik, type: 'ACCESS' }, { ...officer('KP2MI') });
    const request = body.data.submitDataSubjectRequest;
    expect([request.status, request.parts.map((part: any) => part.status)]).toEqual(['DONE', ['DONE', 'DONE', 'DONE', 'DONE']]);
    const admin = { ...stackInfo().defaultHeaders, 'x-purpose-code': DATA_SUBJECT_PURPOSE };
    const report = await must(`{ dataSubjectRequests(first: 100) { edges { node { id type report { nik worker { id nik } } } } } }`, {}, admin);
    expect(report.dataSubjectRequests.edges.map((edge: any) => edge.node).find((node: any) => node.id === request.id)).toEqual({
      id: request.id,
      type: 'ACCESS',
      report: { nik: person.nik, worker: { id: person._id.toHexString(), nik: person.nik } },
    });
  });

  it('rejects a Pasal 15 refusal of access or correction by validation, changing nothing', async () => {
    for (const type of ['ACCESS', 'RECTIFY'] as const) {
      const input = type === 'ACCESS' ? { nik: people.accessed.nik, type } : { nik: people.accessed.nik, type, corrections: [{ field: 'Worker.fullName', value: people.accessed.fullName }] };
      const request = (await submit(input)).body.data.submitDataSubjectRequest;
      const { body } = await gql(REFUSE, { id: request.id, ground: 'STATE_ADMINISTRATION', reason: 'Tidak dapat dipenuhi' }, officer('ESDM'));
      expect(body.data).toBeNull();
      expect(body.errors.map((e: any) => [e.extensions.code, e.extensions.field])).toEqual([['BAD_USER_INPUT', 'ground']]);
      expect(body.errors[0].message).toContain(type === 'ACCESS' ? 'Pasal 32' : 'Pasal 30');
      const stored = await db.KP2MI.db!.collection('data_subject_requests').findOne({ _id: new Types.ObjectId(request.id as string) });
      expect(stored!.parts.map((part: any) => part.status)).toEqual(['DONE', 'DONE', 'DONE', 'DONE']);
    }
  });

  it('lists an overdue request (past dueAt with a part still open) for admins', async () => {
    const receivedAt = new Date(Date.now() - 4 * 24 * 3600_000);
    const _id = new Types.ObjectId();
    await db.KP2MI.db!.collection('data_subject_requests').insertOne({
      _id,
      type: 'ERASE',
      workerId: people.other._id,
      details: 'Diterima saat koperasi-ukm tidak dapat dihubungi',
      correctedFields: [],
      receivedAt,
      dueAt: new Date(receivedAt.getTime() + 72 * 3600_000),
      receivedBy: { sub: 'e2e-kp2mi-officer', ministry: 'KP2MI', roles: ['officer'] },
      status: 'OPEN',
      parts: (['KP2MI', 'ESDM', 'PERINDUSTRIAN', 'KOPERASI_UKM'] as const).map((ministry) => ({ ministry, status: ministry === 'KOPERASI_UKM' ? 'OPEN' : 'DONE', erased: [], kept: [], corrected: [] })),
    });
    await markWritten(db.KP2MI.db!, 'data_subject_requests');
    const list = async (overdue: boolean) => (await must('query($overdue: Boolean) { dataSubjectRequests(overdue: $overdue, first: 100) { totalCount edges { node { id overdue status } } } }', { overdue }, admin())).dataSubjectRequests;
    const overdue = await list(true);
    expect(overdue.edges.map((edge: any) => edge.node)).toEqual([{ id: _id.toHexString(), overdue: true, status: 'OPEN' }]);
    expect(overdue.totalCount).toBe(1);
    const onTime = await list(false);
    expect(onTime.edges.map((edge: any) => edge.node.id)).not.toContain(_id.toHexString());
    expect(onTime.edges.every((edge: any) => edge.node.overdue === false)).toBe(true);
    // Only admins with audit:read list requests.
    const refused = await gql('{ dataSubjectRequests { totalCount } }', {}, officer('KP2MI'));
    expect(refused.body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    await db.KP2MI.db!.collection('data_subject_requests').deleteOne({ _id });
    await markWritten(db.KP2MI.db!, 'data_subject_requests');
  });

  it('is received by KP2MI only', async () => {
    const { body } = await submit({ nik: people.accessed.nik, type: 'ACCESS' }, officer('ESDM'));
    expect([body.data, body.errors.map((e: any) => e.extensions.code)]).toEqual([null, ['FORBIDDEN']]);
  });
});
