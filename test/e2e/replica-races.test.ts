import { Types, type Connection } from 'mongoose';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { ABANDONED_AFTER_MS } from '../../subgraphs/runtime/claims';
import { openDatabase, postGraphQL } from './support/clients';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process';
import { startSubgraphProcess, type SubgraphProcess } from './support/subgraph-process';
import { stackInfo } from './support/stack-info';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';

/**
 * Rules that must hold across replicas: two esdm processes of the test's own on the one
 * database, each behind a gateway of its own, and many requests racing through both at once.
 * No request is ordered by a process; the database's unique indexes decide (subgraphs/runtime/claims.ts).
 */
const esdm = SUBGRAPHS.find((entry) => entry.name === 'esdm')!;
const replicas: SubgraphProcess[] = [];
const gateways: GatewayProcess[] = [];
let db: Connection;
let workerIds: string[];

const RACERS = 24;
const officer = () => stackInfo().officerHeaders.ESDM;
const courseIds: Types.ObjectId[] = [];

beforeAll(async () => {
  replicas.push(...(await Promise.all([1, 2].map((index) => startSubgraphProcess(esdm, `esdm-replica-${index}`)))));
  gateways.push(...(await Promise.all(replicas.map((replica, index) => startGatewayProcess(`esdm-replica-${index + 1}`, { [`${esdm.envPrefix}_URL`]: replica.url })))));
  db = await openDatabase('esdm');
  const kp2mi = await openDatabase('kp2mi');
  workerIds = (await kp2mi.db!.collection('workers').find({}, { projection: { _id: 1 } }).sort({ _id: -1 }).limit(RACERS).toArray()).map((worker) => String(worker._id));
  await kp2mi.close();
}, 120_000);

afterAll(async () => {
  const enrollments = await db.db!.collection('enrollments').find({ courseId: { $in: courseIds } }).toArray();
  await db.db!.collection('certificates').deleteMany({ enrollmentId: { $in: enrollments.map((enrollment) => enrollment._id) } });
  await db.db!.collection('enrollments').deleteMany({ courseId: { $in: courseIds } });
  await db.db!.collection('courses').deleteMany({ _id: { $in: courseIds } });
  for (const name of ['certificates', 'enrollments', 'courses']) await markWritten(db.db!, name);
  await db.db!.collection('claims').deleteMany({ _id: { $in: courseIds.map((id) => new RegExp(id.toHexString())) } } as never);
  await db.close();
  await Promise.all([...gateways.map((gateway) => gateway.stop()), ...replicas.map((replica) => replica.stop())]);
});

/** A course of the test's own, written as the seed writes courses (with no seat version yet). */
async function newCourse(seatsAvailable: number): Promise<string> {
  const _id = new Types.ObjectId();
  courseIds.push(_id);
  await db.db!.collection('courses').insertOne({
    _id,
    title: `Kursus Uji Replika ${courseIds.length}`,
    skillArea: 'End-to-end testing',
    sector: 'ENERGY',
    durationHours: 40,
    trainingCenterCode: (await db.db!.collection('training_centers').findOne({}))!._id,
    city: 'Test city',
    certificationScheme: 'Skema Uji (SKKNI Pengujian)',
    seatsAvailable,
  });
  await markWritten(db.db!, 'courses');
  return _id.toHexString();
}

const ENROLL = `mutation($workerId: ID!, $courseId: ID!) { enrollInEnergyCourse(workerId: $workerId, courseId: $courseId) { id status course { id } } }`;
const COMPLETE = `mutation($enrollmentId: ID!, $passed: Boolean!) { completeEnergyCourse(enrollmentId: $enrollmentId, passed: $passed, score: 80) { id status } }`;

/** Every request at once, alternating between the two replicas' gateways. */
async function race(query: string, variables: Record<string, unknown>[]) {
  const answers = await Promise.all(variables.map((vars, index) => postGraphQL(gateways[index % 2]!.url, { query, variables: vars }, officer())));
  for (const answer of answers) expect(answer.status).toBe(200);
  const won = answers.filter((answer) => answer.body.data !== null && !answer.body.errors);
  const lost = answers.filter((answer) => answer.body.errors);
  expect(won.length + lost.length).toBe(variables.length);
  return { won, lost, messages: lost.map((answer) => ({ code: answer.body.errors[0].extensions.code, message: answer.body.errors[0].message })) };
}

const seatsOf = async (courseId: string) => (await db.db!.collection('courses').findOne({ _id: new Types.ObjectId(courseId) }))!.seatsAvailable as number;
const enrollmentsIn = (courseId: string) => db.db!.collection('enrollments').countDocuments({ courseId: new Types.ObjectId(courseId) });

it(`gives a course's last seat to exactly one of ${RACERS} workers racing through two replicas`, async () => {
  const courseId = await newCourse(1);
  const { won, messages } = await race(ENROLL, workerIds.map((workerId) => ({ workerId, courseId })));
  expect(won).toHaveLength(1);
  expect(messages).toEqual(Array.from({ length: RACERS - 1 }, () => ({ code: 'CONFLICT', message: `EnergyCourse "${courseId}" has no seats left` })));
  expect(await seatsOf(courseId)).toBe(0);
  expect(await enrollmentsIn(courseId)).toBe(1);
});

it(`fills a course of five seats with exactly five of ${RACERS} racing workers, no seat lost`, async () => {
  const courseId = await newCourse(5);
  const { won, messages } = await race(ENROLL, workerIds.map((workerId) => ({ workerId, courseId })));
  expect(won).toHaveLength(5);
  expect(new Set(messages.map((message) => message.message))).toEqual(new Set([`EnergyCourse "${courseId}" has no seats left`]));
  expect(await seatsOf(courseId)).toBe(0);
  expect(await enrollmentsIn(courseId)).toBe(5);
});

// Two seats for twelve requests of one worker: a duplicate that took a seat before learning of the
// winner would leave the others "no seats left" while the worker is enrolled and a seat is free.
it('enrolls one worker once when the same enrollment races through both replicas, taking one seat', async () => {
  const courseId = await newCourse(2);
  const { won, messages } = await race(ENROLL, Array.from({ length: 12 }, () => ({ workerId: workerIds[0], courseId })));
  expect(won).toHaveLength(1);
  const enrollmentId = won[0]!.body.data.enrollInEnergyCourse.id as string;
  expect(messages).toEqual(
    Array.from({ length: 11 }, () => ({
      code: 'CONFLICT',
      message: `Worker "${workerIds[0]}" already has EnergyEnrollment "${enrollmentId}" (ENROLLED) in EnergyCourse "${courseId}"; a worker enrolls in a course once`,
    })),
  );
  expect(await enrollmentsIn(courseId)).toBe(1);
  expect(await seatsOf(courseId)).toBe(1);
});

it('records one result, and one certificate, when completions of one enrollment race through both replicas', async () => {
  const courseId = await newCourse(3);
  const enrolled = await postGraphQL(gateways[0]!.url, { query: ENROLL, variables: { workerId: workerIds[1], courseId } }, officer());
  const enrollmentId = enrolled.body.data.enrollInEnergyCourse.id as string;
  const { won, messages } = await race(COMPLETE, Array.from({ length: 12 }, (_, index) => ({ enrollmentId, passed: index % 3 !== 0 })));
  expect(won).toHaveLength(1);
  const status = won[0]!.body.data.completeEnergyCourse.status as string;
  expect(messages).toEqual(
    Array.from({ length: 11 }, () => ({ code: 'CONFLICT', message: `EnergyEnrollment "${enrollmentId}" is ${status}; only an ENROLLED enrollment can be completed` })),
  );
  const stored = await db.db!.collection('enrollments').findOne({ _id: new Types.ObjectId(enrollmentId) });
  expect(stored!.status).toBe(status);
  expect(await db.db!.collection('certificates').countDocuments({ enrollmentId: new Types.ObjectId(enrollmentId) })).toBe(status === 'COMPLETED' ? 1 : 0);
});

describe('a claim left behind', () => {
  it('waits while another request holds the seats, then takes its seat', async () => {
    const courseId = await newCourse(2);
    await db.db!.collection('claims').insertOne({ _id: `course-seats:${courseId}:0`, at: new Date() } as never);
    setTimeout(() => void db.db!.collection('claims').deleteOne({ _id: `course-seats:${courseId}:0` } as never), 600);
    const started = Date.now();
    const answer = await postGraphQL(gateways[1]!.url, { query: ENROLL, variables: { workerId: workerIds[2], courseId } }, officer());
    expect(answer.body.errors).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    expect(await seatsOf(courseId)).toBe(1);
  });

  it(`by a replica that died holding it (older than ${ABANDONED_AFTER_MS} ms) is removed, and the seat taken`, async () => {
    const courseId = await newCourse(2);
    await db.db!.collection('claims').insertOne({ _id: `course-seats:${courseId}:0`, at: new Date(Date.now() - ABANDONED_AFTER_MS - 1000) } as never);
    const answer = await postGraphQL(gateways[0]!.url, { query: ENROLL, variables: { workerId: workerIds[3], courseId } }, officer());
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.enrollInEnergyCourse.status).toBe('ENROLLED');
    expect(await seatsOf(courseId)).toBe(1);
    expect(await db.db!.collection('claims').countDocuments({ _id: { $regex: courseId } } as never)).toBe(0);
  });
});
