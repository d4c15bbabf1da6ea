import type { Connection } from 'mongoose';
import { Types } from 'mongoose';
import { gatewayClient, openDatabase, postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';

/** The contract's names of one training ministry, written out here so the tests check the contract itself. */
interface TrainingSpec {
  ministry: 'ESDM' | 'PERINDUSTRIAN';
  database: 'esdm' | 'perindustrian';
  courseType: string;
  enrollmentType: string;
  coursesQuery: string;
  courseQuery: string;
  enroll: string;
  complete: string;
  workerEnrollments: string;
  workerCertificates: string;
  /** A centre of the ministry and the LSP that certifies there, for the courses these tests create. */
  center: { code: string; lsp: string };
  /** A seeded skill area and city with several courses each. */
  skillArea: string;
  city: string;
}

const ESDM: TrainingSpec = {
  ministry: 'ESDM',
  database: 'esdm',
  courseType: 'EnergyCourse',
  enrollmentType: 'EnergyEnrollment',
  coursesQuery: 'energyCourses',
  courseQuery: 'energyCourse',
  enroll: 'enrollInEnergyCourse',
  complete: 'completeEnergyCourse',
  workerEnrollments: 'energyEnrollments',
  workerCertificates: 'energyCertificates',
  center: { code: 'PPSDM-MIGAS', lsp: 'LSP PPSDM Migas' },
  skillArea: 'Welding',
  city: 'Cepu',
};

const PERINDUSTRIAN: TrainingSpec = {
  ministry: 'PERINDUSTRIAN',
  database: 'perindustrian',
  courseType: 'IndustryCourse',
  enrollmentType: 'IndustryEnrollment',
  coursesQuery: 'industryCourses',
  courseQuery: 'industryCourse',
  enroll: 'enrollInIndustryCourse',
  complete: 'completeIndustryCourse',
  workerEnrollments: 'industryEnrollments',
  workerCertificates: 'industryCertificates',
  center: { code: 'BDI-MEDAN', lsp: 'LSP BDI Medan' },
  skillArea: 'Garment sewing',
  city: 'Jakarta',
};

const MINISTRIES: [string, TrainingSpec][] = [
  ['esdm', ESDM],
  ['perindustrian', PERINDUSTRIAN],
];

const databases: Record<string, Connection> = {};
const db = (name: string) => databases[name]!.db!;

beforeAll(async () => {
  for (const name of ['kp2mi', 'esdm', 'perindustrian']) databases[name] = await openDatabase(name);
});
afterAll(async () => {
  for (const connection of Object.values(databases)) await connection.close();
});

// ---------------------------------------------------------------------------------------------
// Expectations computed from the databases, independently of the graph.

const COURSE_ORDER = { title: 1, _id: 1 } as const;

/** Read through the `Course` interface, so one fragment serves both ministries. */
const COURSE_FRAGMENT = 'fragment CourseFields on Course { id title ministry skillArea durationHours certificationScheme seatsAvailable trainingCenter { code name city } }';

type Doc = Record<string, any>;

async function centersByCode(spec: TrainingSpec): Promise<Map<string, Doc>> {
  const centers = await db(spec.database).collection('training_centers').find().toArray();
  return new Map(centers.map((center) => [center._id as unknown as string, center]));
}

function courseNode(spec: TrainingSpec, course: Doc, centers: Map<string, Doc>) {
  const center = centers.get(course.trainingCenterCode)!;
  return {
    id: course._id.toHexString(),
    title: course.title,
    ministry: spec.ministry,
    skillArea: course.skillArea,
    durationHours: course.durationHours,
    certificationScheme: course.certificationScheme,
    seatsAvailable: course.seatsAvailable,
    trainingCenter: { code: center._id, name: center.name, city: center.city },
    sector: course.sector,
  };
}

async function expectedCourses(spec: TrainingSpec, filter: Doc, limit = 0) {
  const centers = await centersByCode(spec);
  const courses = await db(spec.database).collection('courses').find(filter).sort(COURSE_ORDER).limit(limit).toArray();
  return courses.map((course) => courseNode(spec, course, centers));
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Three years on, the same day of the month; 29 February becomes 28 February. */
function threeYearsAfter(date: Date): Date {
  const year = date.getUTCFullYear() + 3;
  const month = date.getUTCMonth();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), new Date(Date.UTC(year, month + 1, 0)).getUTCDate())));
}

function enrollmentNode(enrollment: Doc, course: Doc) {
  return {
    id: enrollment._id.toHexString(),
    status: enrollment.status,
    enrolledAt: iso(enrollment.enrolledAt),
    completedAt: iso(enrollment.completedAt),
    score: enrollment.score,
    worker: { id: enrollment.workerId.toHexString() },
    course: { id: course._id.toHexString(), title: course.title },
  };
}

function certificateNode(spec: TrainingSpec, certificate: Doc) {
  return {
    id: certificate._id.toHexString(),
    scheme: certificate.scheme,
    issuer: certificate.issuer,
    ministry: spec.ministry,
    issuedOn: day(certificate.issuedOn),
    expiresOn: day(certificate.expiresOn),
  };
}

/** Each worker's enrollments and certificates with one ministry, in the documented order (oldest first, ties by id). */
async function expectedStories(spec: TrainingSpec, workerIds: Types.ObjectId[]): Promise<Map<string, Record<string, unknown>>> {
  const enrollments = await db(spec.database).collection('enrollments').find({ workerId: { $in: workerIds } }).sort({ enrolledAt: 1, _id: 1 }).toArray();
  const courses = await db(spec.database).collection('courses').find({ _id: { $in: enrollments.map((e) => e.courseId) } }).toArray();
  const courseById = new Map(courses.map((course) => [course._id.toHexString(), course]));
  const certificates = await db(spec.database).collection('certificates').find({ workerId: { $in: workerIds } }).sort({ issuedOn: 1, _id: 1 }).toArray();
  const of = (docs: Doc[], workerId: Types.ObjectId) => docs.filter((doc) => doc.workerId.equals(workerId));
  return new Map(
    workerIds.map((workerId) => [
      workerId.toHexString(),
      {
        [spec.workerEnrollments]: of(enrollments, workerId).map((e) => enrollmentNode(e, courseById.get(e.courseId.toHexString())!)),
        [spec.workerCertificates]: of(certificates, workerId).map((c) => certificateNode(spec, c)),
      },
    ]),
  );
}

async function expectedStory(spec: TrainingSpec, workerId: Types.ObjectId): Promise<Record<string, unknown>> {
  return (await expectedStories(spec, [workerId])).get(workerId.toHexString())!;
}

const ENROLLMENT_FIELDS = 'id status enrolledAt completedAt score worker { id } course { id title }';
const CERTIFICATE_FIELDS = 'id scheme issuer ministry issuedOn expiresOn';

// ---------------------------------------------------------------------------------------------

describe.each(MINISTRIES)('%s courses through the gateway', (_name, spec) => {
  const listQuery = `query($filter: CourseFilter, $first: Int, $after: String) {
    ${spec.coursesQuery}(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...CourseFields ... on ${spec.courseType} { sector } } }
    }
  } ${COURSE_FRAGMENT}`;

  type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] };
  const list = async (variables: Record<string, unknown>) => (await gatewayClient().request<Record<string, Page>>(listQuery, variables))[spec.coursesQuery]!;

  it.each([
    ['no filter', {}, {}],
    ['skillArea', { skillArea: spec.skillArea }, { skillArea: spec.skillArea }],
    ['city', { city: spec.city }, { city: spec.city }],
    ['hasSeats: true', { hasSeats: true }, { seatsAvailable: { $gt: 0 } }],
    ['hasSeats: false', { hasSeats: false }, { seatsAvailable: 0 }],
    ['all together', { skillArea: spec.skillArea, city: spec.city, hasSeats: true }, { skillArea: spec.skillArea, city: spec.city, seatsAvailable: { $gt: 0 } }],
  ])('filters by %s: the page and totalCount match the collection', async (_filterName, filter, mongoFilter) => {
    const page = await list({ filter, first: 100 });
    const expected = await expectedCourses(spec, mongoFilter);
    expect(expected.length).toBeGreaterThan(0);
    expect(page.totalCount).toBe(expected.length);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.edges.map((edge) => edge.node)).toEqual(expected);
  });

  it('matches strings exactly: another case or a pattern finds nothing', async () => {
    for (const skillArea of [spec.skillArea.toUpperCase(), '.*', `^${spec.skillArea.slice(0, 3)}`]) {
      expect((await list({ filter: { skillArea } })).totalCount).toBe(0);
    }
  });

  it('walks every page: each course exactly once, in order, matching totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let pages = 0; pages < 20; pages++) {
      const page = await list({ first: 7, after });
      totalCount = page.totalCount;
      expect(page.edges.length).toBeLessThanOrEqual(7);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      after = page.pageInfo.endCursor;
    }
    const expected = (await expectedCourses(spec, {})).map((course) => course.id);
    expect(totalCount).toBe(expected.length);
    expect(seen).toEqual(expected);
  });

  it('reads one course by id through the Course interface, null for an unknown id, BAD_USER_INPUT for a malformed one', async () => {
    const [expected] = await expectedCourses(spec, { seatsAvailable: 0 }, 1);
    const query = `query($id: ID!) { ${spec.courseQuery}(id: $id) { __typename ...CourseFields ... on ${spec.courseType} { sector } } } ${COURSE_FRAGMENT}`;
    const data = await gatewayClient().request<Record<string, unknown>>(query, { id: expected!.id });
    expect(data).toEqual({ [spec.courseQuery]: { __typename: spec.courseType, ...expected } });

    const unknown = await postGraphQL(stackInfo().gatewayUrl, { query, variables: { id: '0000000000000000000000ff' } });
    expect(unknown.body).toEqual({ data: { [spec.courseQuery]: null } });
    const malformed = await postGraphQL(stackInfo().gatewayUrl, { query, variables: { id: 'nope' } });
    expect(malformed.body.data).toEqual({ [spec.courseQuery]: null });
    expect(malformed.body.errors).toEqual([
      expect.objectContaining({ message: 'id "nope" is not a course id (24 hexadecimal characters)', path: [spec.courseQuery], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }) }),
    ]);
  });

  it('refuses a page above 100 with BAD_USER_INPUT naming first', async () => {
    const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query: `{ ${spec.coursesQuery}(first: 101) { totalCount } }` });
    expect({ status, body }).toEqual({
      status: 400,
      body: { errors: [{ message: 'first must be at most 100; got 101. Page through the rest with after.', extensions: { code: 'BAD_USER_INPUT', field: 'first', requestId: expect.any(String) } }] },
    });
  });
});

describe("a worker's training from both ministries", () => {
  const storyQuery = `query($id: ID!) { worker(id: $id) { id fullName
    energyEnrollments { ${ENROLLMENT_FIELDS} } energyCertificates { ${CERTIFICATE_FIELDS} }
    industryEnrollments { ${ENROLLMENT_FIELDS} } industryCertificates { ${CERTIFICATE_FIELDS} }
  } }`;

  async function storyOf(workerId: Types.ObjectId): Promise<{ worker: Record<string, unknown> }> {
    const worker = await db('kp2mi').collection('workers').findOne({ _id: workerId });
    return { worker: { id: workerId.toHexString(), fullName: worker!.fullName, ...(await expectedStory(ESDM, workerId)), ...(await expectedStory(PERINDUSTRIAN, workerId)) } };
  }

  it('answers enrollments and certificates of ESDM and Perindustrian in one request', async () => {
    const certified = async (name: string) => new Set((await db(name).collection('certificates').distinct('workerId')).map((id: Types.ObjectId) => id.toHexString()));
    const esdmCertified = await certified('esdm');
    const both = [...(await certified('perindustrian'))].filter((id) => esdmCertified.has(id)).sort();
    expect(both.length).toBeGreaterThan(0);
    const workerId = new Types.ObjectId(both[0]);
    const data = await gatewayClient().request(storyQuery, { id: workerId.toHexString() });
    const expected = await storyOf(workerId);
    expect(expected.worker.energyCertificates).not.toHaveLength(0);
    expect(expected.worker.industryCertificates).not.toHaveLength(0);
    expect(data).toEqual(expected);
  });

  it('answers empty lists for a worker who never trained with either ministry', async () => {
    const trained = new Set<string>();
    for (const name of ['esdm', 'perindustrian']) for (const id of await db(name).collection('enrollments').distinct('workerId')) trained.add(id.toHexString());
    const [untrained] = await db('kp2mi').collection('workers').find({ _id: { $nin: [...trained].map((id) => new Types.ObjectId(id)) } }).sort({ _id: 1 }).limit(1).toArray();
    const data = await gatewayClient().request(storyQuery, { id: untrained!._id.toHexString() });
    expect(data).toEqual({ worker: { id: untrained!._id.toHexString(), fullName: untrained!.fullName, energyEnrollments: [], energyCertificates: [], industryEnrollments: [], industryCertificates: [] } });
  });

  it('answers a whole page of workers with their training, each worker with its own enrollments', async () => {
    const { status, body } = await postGraphQL(
      stackInfo().gatewayUrl,
      { query: `{ workers(first: 100) { edges { node { id
        energyEnrollments { ${ENROLLMENT_FIELDS} } energyCertificates { ${CERTIFICATE_FIELDS} }
        industryEnrollments { ${ENROLLMENT_FIELDS} } industryCertificates { ${CERTIFICATE_FIELDS} } } } } }` },
      stackInfo().defaultHeaders,
    );
    expect(status).toBe(200);
    const edges = body.data.workers.edges as { node: { id: string } }[];
    expect(edges).toHaveLength(100);
    const workerIds = edges.map((edge) => new Types.ObjectId(edge.node.id));
    // People other tests restricted or erased are answered too, their scores withheld, each with its reason.
    const expectedErrors: [string, string][] = [];
    const stories: Map<string, Record<string, unknown>>[] = [];
    for (const spec of [ESDM, PERINDUSTRIAN]) {
      const story = await expectedStories(spec, workerIds);
      const states = await db(spec.database).collection('data_subject_states').find({ _id: { $in: workerIds } }).toArray();
      const withheld = new Map(states.filter((state) => state.erasure || state.restriction).map((state) => [state._id.toHexString(), state.erasure ? 'ERASED' : 'RESTRICTED']));
      workerIds.forEach((id, index) => {
        const code = withheld.get(id.toHexString());
        const enrollments = story.get(id.toHexString())![spec.workerEnrollments] as { score: unknown }[];
        if (!code) return;
        enrollments.forEach((enrollment, n) => {
          enrollment.score = null;
          expectedErrors.push([`workers.edges.${index}.node.${spec.workerEnrollments}.${n}.score`, code]);
        });
      });
      stories.push(story);
    }
    expect(edges.map((edge) => edge.node)).toEqual(workerIds.map((id) => ({ id: id.toHexString(), ...stories[0]!.get(id.toHexString()), ...stories[1]!.get(id.toHexString()) })));
    const errors = ((body.errors ?? []) as { path: (string | number)[]; extensions: { code: string } }[]).map((error) => [error.path.join('.'), error.extensions.code]);
    expect(errors.sort()).toEqual(expectedErrors.sort());
  });
});

describe('ESDM courses recommended for job openings', () => {
  type Opening = { id: string; sector: string; recommendedEnergyCourses: { id: string }[] | null };
  const openingsQuery = `query($sector: JobSector!) { jobOpenings(filter: { sector: $sector }, first: 50) { edges { node {
    id sector recommendedEnergyCourses { ...CourseFields ... on EnergyCourse { sector } } } } } } ${COURSE_FRAGMENT}`;

  const openings = async (sector: string) => (await gatewayClient().request<{ jobOpenings: { edges: { node: Opening }[] } }>(openingsQuery, { sector })).jobOpenings.edges.map((edge) => edge.node);

  /** The documented order: most seats first, then title, then id; at most five, only courses with seats. */
  async function recommended(sector: string) {
    const centers = await centersByCode(ESDM);
    const courses = await db('esdm').collection('courses').find({ sector, seatsAvailable: { $gt: 0 } }).sort({ seatsAvailable: -1, title: 1, _id: 1 }).limit(5).toArray();
    return courses.map((course) => courseNode(ESDM, course, centers));
  }

  it.each(['ENERGY', 'MINING'])('recommends the %s courses with seats, most seats first, at most five', async (sector) => {
    const found = await openings(sector);
    const expected = await recommended(sector);
    expect(found.length).toBeGreaterThan(1);
    expect(expected.length).toBeGreaterThan(0);
    expect(found).toEqual(found.map((opening) => ({ id: opening.id, sector, recommendedEnergyCourses: expected })));
  });

  it('recommends nothing for an opening outside energy and mining', async () => {
    const found = await openings('DOMESTIC_WORK');
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((opening) => opening.recommendedEnergyCourses)).toEqual(found.map(() => []));
  });

  it('reads the recommendations of a whole page of openings with one find on the esdm database', async () => {
    const query = '{ jobOpenings(filter: { sector: ENERGY }, first: 50) { edges { node { id recommendedEnergyCourses { id title seatsAvailable } } } } }';
    const finds = async () => {
      const text = await (await fetch(new URL('/metrics', stackInfo().subgraphUrls.esdm))).text();
      const line = text.split('\n').find((l) => l.startsWith('satu_graf_db_commands_total{') && l.includes('subgraph="esdm"') && l.includes('command="find"'));
      return line ? Number(line.split(' ').at(-1)) : 0;
    };
    // Another test file may query esdm at the same moment; a batching regression costs one find per opening every time.
    const deltas: number[] = [];
    for (let attempt = 0; attempt < 3 && deltas.at(-1) !== 1; attempt++) {
      const before = await finds();
      const data = await gatewayClient().request<{ jobOpenings: { edges: { node: Opening }[] } }>(query);
      expect(data.jobOpenings.edges.length).toBeGreaterThan(1);
      expect(data.jobOpenings.edges.every((edge) => edge.node.recommendedEnergyCourses!.length > 0)).toBe(true);
      deltas.push((await finds()) - before);
    }
    expect(deltas.at(-1)).toBe(1);
  });
});

describe.each(MINISTRIES)('%s enrollment mutations', (_name, spec) => {
  /** A ministry's enrollments are written by its own officers. */
  const officer = () => stackInfo().officerHeaders[spec.ministry];
  const enrollmentSelection = `id status enrolledAt completedAt score worker { id fullName } course { id seatsAvailable }`;
  const enrollMutation = `mutation($workerId: ID!, $courseId: ID!) { ${spec.enroll}(workerId: $workerId, courseId: $courseId) { ${enrollmentSelection} } }`;
  const completeMutation = `mutation($enrollmentId: ID!, $passed: Boolean!, $score: Int) { ${spec.complete}(enrollmentId: $enrollmentId, passed: $passed, score: $score) {
    ${enrollmentSelection} worker { ${spec.workerCertificates} { ${CERTIFICATE_FIELDS} } } } }`;

  const collection = (name: string) => db(spec.database).collection(name);
  /** Courses of this block's own, so no seeded course changes under the other tests. */
  const openCourseId = new Types.ObjectId();
  const lastSeatCourseId = new Types.ObjectId();
  const fullCourseId = new Types.ObjectId();
  const courseIds = [openCourseId, lastSeatCourseId, fullCourseId];
  const OPEN_SEATS = 5;
  let workers: Doc[];

  const course = (_id: Types.ObjectId, title: string, seatsAvailable: number) => ({
    _id,
    title,
    skillArea: 'End-to-end testing',
    sector: spec.ministry === 'ESDM' ? 'ENERGY' : 'MANUFACTURING',
    durationHours: 40,
    trainingCenterCode: spec.center.code,
    city: 'Test city',
    certificationScheme: 'Skema Uji (SKKNI Pengujian)',
    seatsAvailable,
  });

  beforeAll(async () => {
    workers = await db('kp2mi').collection('workers').find().sort({ _id: 1 }).limit(2).toArray();
  });
  beforeEach(async () => {
    await collection('courses').insertMany([course(openCourseId, 'Kursus Uji Terbuka', OPEN_SEATS), course(lastSeatCourseId, 'Kursus Uji Kursi Terakhir', 1), course(fullCourseId, 'Kursus Uji Penuh', 0)]);
    // Written around the subgraph: say so, so no count kept from before is answered again.
    await markWritten(db(spec.database), 'courses');
  });
  afterEach(async () => {
    const enrollments = await collection('enrollments').find({ courseId: { $in: courseIds } }).toArray();
    await collection('certificates').deleteMany({ enrollmentId: { $in: enrollments.map((e) => e._id) } });
    await collection('enrollments').deleteMany({ courseId: { $in: courseIds } });
    await collection('courses').deleteMany({ _id: { $in: courseIds } });
    for (const name of ['certificates', 'enrollments', 'courses']) await markWritten(db(spec.database), name);
  });

  const workerId = (index = 0) => workers[index]!._id.toHexString();

  /** An enrollment written straight to the database, as if made earlier. */
  async function existingEnrollment(status: string, courseId = openCourseId, index = 0): Promise<Types.ObjectId> {
    const _id = new Types.ObjectId();
    const active = status === 'ENROLLED' || status === 'COMPLETED';
    const finished = status === 'COMPLETED' || status === 'FAILED';
    await collection('enrollments').insertOne({
      _id,
      workerId: workers[index]!._id,
      courseId,
      status,
      enrolledAt: new Date('2026-09-01T02:00:00Z'),
      completedAt: finished ? new Date('2026-09-12T09:00:00Z') : null,
      score: finished ? 80 : null,
      activeKey: active ? `${workerId(index)}:${courseId.toHexString()}` : _id.toHexString(),
    });
    await markWritten(db(spec.database), 'enrollments');
    return _id;
  }

  /** Everything a rejected mutation could have written. */
  async function snapshot() {
    return {
      enrollments: await collection('enrollments').find({ courseId: { $in: courseIds } }).sort({ _id: 1 }).toArray(),
      certificates: await collection('certificates').countDocuments(),
      allEnrollments: await collection('enrollments').countDocuments(),
      seats: (await collection('courses').find({ _id: { $in: courseIds } }).sort({ _id: 1 }).toArray()).map((c) => c.seatsAvailable),
    };
  }

  async function rejected(query: string, variables: Record<string, unknown>) {
    const before = await snapshot();
    const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query, variables }, officer());
    expect(await snapshot()).toEqual(before);
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    return body.errors[0];
  }

  it('enrolls a worker: returns the enrollment, stores it and takes one seat', async () => {
    const started = Date.now();
    const data = await gatewayClient(officer()).request<Record<string, Doc>>(enrollMutation, { workerId: workerId(), courseId: openCourseId.toHexString() });
    const stored = await collection('enrollments').find({ courseId: openCourseId }).toArray();
    expect(stored).toHaveLength(1);
    const [enrollment] = stored;
    expect(data).toEqual({
      [spec.enroll]: {
        id: enrollment!._id.toHexString(),
        status: 'ENROLLED',
        enrolledAt: enrollment!.enrolledAt.toISOString(),
        completedAt: null,
        score: null,
        worker: { id: workerId(), fullName: workers[0]!.fullName },
        course: { id: openCourseId.toHexString(), seatsAvailable: OPEN_SEATS - 1 },
      },
    });
    expect(enrollment).toMatchObject({ workerId: workers[0]!._id, courseId: openCourseId, status: 'ENROLLED', completedAt: null, score: null });
    expect(enrollment!.enrolledAt.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect((await collection('courses').findOne({ _id: openCourseId }))!.seatsAvailable).toBe(OPEN_SEATS - 1);
  });

  it("completes a passed enrollment: COMPLETED with its score, and a certificate from the centre's LSP valid three years", async () => {
    const enrollmentId = await existingEnrollment('ENROLLED');
    const certificatesBefore = await collection('certificates').countDocuments();
    const data = await gatewayClient(officer()).request<Record<string, Doc>>(completeMutation, { enrollmentId: enrollmentId.toHexString(), passed: true, score: 86 });
    const enrollment = (await collection('enrollments').findOne({ _id: enrollmentId }))!;
    const certificates = await collection('certificates').find({ enrollmentId }).toArray();
    expect(await collection('certificates').countDocuments()).toBe(certificatesBefore + 1);
    expect(certificates).toHaveLength(1);
    const issuedOn = new Date(`${day(enrollment.completedAt)}T00:00:00Z`);
    expect(certificates[0]).toEqual({
      _id: expect.any(Types.ObjectId),
      workerId: workers[0]!._id,
      enrollmentId,
      scheme: 'Skema Uji (SKKNI Pengujian)',
      issuer: spec.center.lsp,
      issuedOn,
      expiresOn: threeYearsAfter(issuedOn),
    });
    expect(enrollment).toMatchObject({ status: 'COMPLETED', score: 86, activeKey: `${workerId()}:${openCourseId.toHexString()}` });
    const story = await expectedStory(spec, workers[0]!._id);
    expect(story[spec.workerCertificates]).toContainEqual(certificateNode(spec, certificates[0]!));
    expect(data).toEqual({
      [spec.complete]: {
        id: enrollmentId.toHexString(),
        status: 'COMPLETED',
        enrolledAt: '2026-09-01T02:00:00.000Z',
        completedAt: enrollment.completedAt.toISOString(),
        score: 86,
        worker: { id: workerId(), fullName: workers[0]!.fullName, [spec.workerCertificates]: story[spec.workerCertificates] },
        course: { id: openCourseId.toHexString(), seatsAvailable: OPEN_SEATS },
      },
    });
  });

  it('records a failed enrollment without a certificate, after which the worker may enroll again', async () => {
    const enrollmentId = await existingEnrollment('ENROLLED');
    const certificatesBefore = await collection('certificates').countDocuments();
    const data = await gatewayClient(officer()).request<Record<string, Doc>>(completeMutation, { enrollmentId: enrollmentId.toHexString(), passed: false, score: null });
    const enrollment = (await collection('enrollments').findOne({ _id: enrollmentId }))!;
    expect(enrollment).toMatchObject({ status: 'FAILED', score: null, completedAt: expect.any(Date) });
    expect(data[spec.complete]).toMatchObject({ id: enrollmentId.toHexString(), status: 'FAILED', score: null, completedAt: enrollment.completedAt.toISOString() });
    expect(await collection('certificates').countDocuments()).toBe(certificatesBefore);

    const again = await gatewayClient(officer()).request<Record<string, Doc>>(enrollMutation, { workerId: workerId(), courseId: openCourseId.toHexString() });
    expect(again[spec.enroll]).toMatchObject({ status: 'ENROLLED', course: { id: openCourseId.toHexString(), seatsAvailable: OPEN_SEATS - 1 } });
    expect(await collection('enrollments').countDocuments({ courseId: openCourseId })).toBe(2);
  });

  it('refuses to complete an enrollment twice: CONFLICT, and no second certificate', async () => {
    const enrollmentId = (await existingEnrollment('ENROLLED')).toHexString();
    await gatewayClient(officer()).request(completeMutation, { enrollmentId, passed: true, score: 90 });
    const error = await rejected(completeMutation, { enrollmentId, passed: true, score: 95 });
    expect(error).toMatchObject({
      message: `${spec.enrollmentType} "${enrollmentId}" is COMPLETED; only an ENROLLED enrollment can be completed`,
      extensions: { code: 'CONFLICT', field: 'enrollmentId' },
    });
    expect(await collection('certificates').countDocuments({ enrollmentId: new Types.ObjectId(enrollmentId) })).toBe(1);
  });

  const unknownId = '0000000000000000000000ff';

  it.each([
    ['a malformed worker id', () => ({ workerId: 'nope', courseId: openCourseId.toHexString() }), 'BAD_USER_INPUT', 'workerId', () => 'workerId "nope" is not a worker id (24 hexadecimal characters)'],
    ['a malformed course id', () => ({ workerId: workerId(), courseId: 'x1' }), 'BAD_USER_INPUT', 'courseId', () => 'courseId "x1" is not a course id (24 hexadecimal characters)'],
    ['an unknown worker', () => ({ workerId: unknownId, courseId: openCourseId.toHexString() }), 'NOT_FOUND', 'workerId', () => `No worker with id "${unknownId}" is registered with KP2MI`],
    ['an unknown course', () => ({ workerId: workerId(), courseId: unknownId }), 'NOT_FOUND', 'courseId', () => `No ${spec.courseType} with id "${unknownId}"`],
    ['a course without seats', () => ({ workerId: workerId(), courseId: fullCourseId.toHexString() }), 'CONFLICT', 'courseId', () => `${spec.courseType} "${fullCourseId.toHexString()}" has no seats left`],
  ])('refuses to enroll with %s, writing nothing', async (_case, variables, code, field, message) => {
    const error = await rejected(enrollMutation, variables());
    expect(error).toMatchObject({ message: message(), path: [spec.enroll], extensions: { code, field } });
  });

  it.each(['ENROLLED', 'COMPLETED'])('refuses a second enrollment in a course the worker is %s in: CONFLICT, writing nothing', async (status) => {
    const existing = (await existingEnrollment(status)).toHexString();
    const error = await rejected(enrollMutation, { workerId: workerId(), courseId: openCourseId.toHexString() });
    expect(error).toMatchObject({
      message: `Worker "${workerId()}" already has ${spec.enrollmentType} "${existing}" (${status}) in ${spec.courseType} "${openCourseId.toHexString()}"; a worker enrolls in a course once`,
      path: [spec.enroll],
      extensions: { code: 'CONFLICT', field: 'courseId' },
    });
  });

  it.each([
    ['a malformed enrollment id', async () => ({ enrollmentId: 'nope', passed: true, score: 80 }), 'BAD_USER_INPUT', 'enrollmentId', () => 'enrollmentId "nope" is not an enrollment id (24 hexadecimal characters)'],
    ['a score above 100', async () => ({ enrollmentId: (await existingEnrollment('ENROLLED')).toHexString(), passed: true, score: 101 }), 'BAD_USER_INPUT', 'score', () => 'score must be from 0 to 100; got 101'],
    ['a negative score', async () => ({ enrollmentId: (await existingEnrollment('ENROLLED')).toHexString(), passed: false, score: -1 }), 'BAD_USER_INPUT', 'score', () => 'score must be from 0 to 100; got -1'],
    ['an unknown enrollment', async () => ({ enrollmentId: unknownId, passed: true, score: 80 }), 'NOT_FOUND', 'enrollmentId', () => `No ${spec.enrollmentType} with id "${unknownId}"`],
  ])('refuses to complete with %s, writing nothing', async (_case, variables, code, field, message) => {
    const error = await rejected(completeMutation, await variables());
    expect(error).toMatchObject({ message: message(), path: [spec.complete], extensions: { code, field } });
  });

  it.each(['COMPLETED', 'FAILED', 'WITHDRAWN'])('refuses to complete a %s enrollment: CONFLICT, writing nothing', async (status) => {
    const enrollmentId = (await existingEnrollment(status)).toHexString();
    const error = await rejected(completeMutation, { enrollmentId, passed: true, score: 90 });
    expect(error).toMatchObject({
      message: `${spec.enrollmentType} "${enrollmentId}" is ${status}; only an ENROLLED enrollment can be completed`,
      path: [spec.complete],
      extensions: { code: 'CONFLICT', field: 'enrollmentId' },
    });
  });

  // Races: the subgraph orders one course's enrollments within its process (the embedded database's
  // updates are not atomic), and on MongoDB the guarded seat update and unique active key hold across processes.
  it('gives the last seat to exactly one of two workers enrolling at once', async () => {
    const results = await Promise.all([0, 1].map((index) => postGraphQL(stackInfo().gatewayUrl, { query: enrollMutation, variables: { workerId: workerId(index), courseId: lastSeatCourseId.toHexString() } }, officer())));
    const errors = results.flatMap((result) => result.body.errors ?? []);
    expect(results.filter((result) => result.body.data?.[spec.enroll]?.status === 'ENROLLED')).toHaveLength(1);
    expect(errors).toEqual([expect.objectContaining({ message: `${spec.courseType} "${lastSeatCourseId.toHexString()}" has no seats left`, extensions: expect.objectContaining({ code: 'CONFLICT', field: 'courseId' }) })]);
    expect((await collection('courses').findOne({ _id: lastSeatCourseId }))!.seatsAvailable).toBe(0);
    expect(await collection('enrollments').countDocuments({ courseId: lastSeatCourseId })).toBe(1);
  });

  it('enrolls a worker once when the same enrollment is sent twice at once, taking one seat', async () => {
    const variables = { workerId: workerId(), courseId: openCourseId.toHexString() };
    const results = await Promise.all([0, 1].map(() => postGraphQL(stackInfo().gatewayUrl, { query: enrollMutation, variables }, officer())));
    const errors = results.flatMap((result) => result.body.errors ?? []);
    expect(results.filter((result) => result.body.data?.[spec.enroll]?.status === 'ENROLLED')).toHaveLength(1);
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT', field: 'courseId' }) })]);
    expect(await collection('enrollments').countDocuments({ courseId: openCourseId })).toBe(1);
    expect((await collection('courses').findOne({ _id: openCourseId }))!.seatsAvailable).toBe(OPEN_SEATS - 1);
  });
});
