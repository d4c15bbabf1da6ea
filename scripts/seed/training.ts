import { ESDM_TRAINING } from '../../subgraphs/esdm/subgraph';
import type { Sex } from '../../subgraphs/kp2mi/nik';
import { PERINDUSTRIAN_TRAINING } from '../../subgraphs/perindustrian/subgraph';
import { expiryOf, utcDay } from '../../subgraphs/training/certificate-validity';
import { activeKey, type EnrollmentStatus } from '../../subgraphs/training/models/enrollment';
import type { TrainingMinistry, TrainingModels } from '../../subgraphs/training/training-subgraph';
import type { SeedContext } from './context';
import { createRandom, type Random } from './random';
import { BDI_TRAINING_CENTERS, ESDM_TRAINING_CENTERS, type CourseSeed, type TrainingCenterSeed } from './training-centers';
import type { WorkerSeed, WorkerStatus } from './workers';

/** What differs between the two ministries' demo data. */
interface TrainingSeedPlan {
  ministry: TrainingMinistry;
  centers: readonly TrainingCenterSeed[];
  /**
   * Chance that a worker in or past training took one of the ministry's courses, by sex: energy and
   * mining courses draw mostly men (about 10% of those workers overall), garment, footwear and batik
   * courses more women (about 20% overall).
   */
  enrollmentChance: Readonly<Record<Sex, number>>;
  /** A hex digit in every id of the ministry's documents, so ids never repeat across the two databases. */
  idTag: string;
  /** Added to the context's seed, so each ministry draws its own numbers. */
  seedOffset: number;
}

const PLANS: Readonly<Record<TrainingMinistry['ministry'], TrainingSeedPlan>> = {
  ESDM: { ministry: ESDM_TRAINING, centers: ESDM_TRAINING_CENTERS, enrollmentChance: { MALE: 0.18, FEMALE: 0.05 }, idTag: 'e', seedOffset: 0xe5d },
  PERINDUSTRIAN: { ministry: PERINDUSTRIAN_TRAINING, centers: BDI_TRAINING_CENTERS, enrollmentChance: { MALE: 0.16, FEMALE: 0.23 }, idTag: 'b', seedOffset: 0xbd1 },
};

/** Courses take their ids from this day (the MoU), since they have no creation time of their own. */
const CATALOG_DAY = new Date(Date.UTC(2025, 9, 8));
/** The demo data's present: workers register until the end of October 2026, so nothing happens after this day. */
const AS_OF = new Date(Date.UTC(2026, 10, 1));

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Eight hours of instruction a day, five days a week. */
const HOURS_PER_DAY = 8;

/** Workers at or past the training stage of the lifecycle; earlier ones have not trained yet. */
const TRAINING_STAGES: ReadonlySet<WorkerStatus> = new Set(['IN_TRAINING', 'READY', 'DEPLOYED', 'RETURNED']);
/** A second course is the exception (e.g. K3 Migas after welding). */
const SECOND_COURSE_CHANCE = 0.15;

type Outcome = Exclude<EnrollmentStatus, 'ENROLLED'>;
const FINISHED_WEIGHTS: Readonly<Record<Outcome, number>> = { COMPLETED: 82, FAILED: 12, WITHDRAWN: 6 };
/** The course a worker in training is taking now. */
const CURRENT_WEIGHTS: Readonly<Record<EnrollmentStatus, number>> = { ENROLLED: 88, COMPLETED: 0, FAILED: 6, WITHDRAWN: 6 };

interface SeededCourse extends CourseSeed {
  _id: string;
  trainingCenterCode: string;
  city: string;
  /** The LSP of the course's centre, which certifies its graduates. */
  issuer: string;
}

const hex = (value: number, width: number): string => value.toString(16).padStart(width, '0');

/** 24 hex digits: the time in seconds, the ministry's tag, the kind of document, then two numbers unique within that kind. */
function seedId(at: Date, tag: string, kind: number, major: number, minor: number): string {
  return hex(Math.floor(at.getTime() / 1000), 8) + tag + hex(kind, 1) + hex(major, 2) + hex(minor, 12);
}

const addDays = (day: Date, days: number): Date => new Date(day.getTime() + days * DAY_MS);

/** Calendar days of a course, counting weekends. */
const courseDays = (course: CourseSeed): number => Math.ceil(((course.durationHours / HOURS_PER_DAY) * 7) / 5);

function seededCourses(plan: TrainingSeedPlan): SeededCourse[] {
  return plan.centers.flatMap((center, centerIndex) =>
    center.courses.map((course, courseIndex) => ({
      ...course,
      _id: seedId(CATALOG_DAY, plan.idTag, 0, centerIndex, courseIndex),
      trainingCenterCode: center._id,
      city: center.city,
      issuer: plan.ministry.lspName(center),
    })),
  );
}

interface SeedEnrollment {
  _id: string;
  workerId: string;
  courseId: string;
  status: EnrollmentStatus;
  enrolledAt: Date;
  completedAt: Date | null;
  score: number | null;
  activeKey: string;
}

interface SeedCertificate {
  _id: string;
  workerId: string;
  enrollmentId: string;
  scheme: string;
  issuer: string;
  issuedOn: Date;
  expiresOn: Date;
}

function scoreFor(rng: Random, status: EnrollmentStatus): number | null {
  if (status === 'COMPLETED') return rng.int(70, 98);
  if (status === 'FAILED') return rng.int(30, 69);
  return null;
}

/**
 * One worker's courses with the ministry, one after the other: the first soon after registration,
 * a second (rarely) some weeks after the first ended. A worker in training is mostly taking the last
 * one now; everyone further along finished theirs. A course that would not have started (or, when
 * finished, ended) by the data's present is left out.
 */
function trainWorker(rng: Random, plan: TrainingSeedPlan, courses: readonly SeededCourse[], worker: WorkerSeed, index: number, out: { enrollments: SeedEnrollment[]; certificates: SeedCertificate[] }): void {
  const first = rng.pick(courses);
  const taken = rng.chance(SECOND_COURSE_CHANCE) ? [first, rng.pick(courses.filter((course) => course !== first))] : [first];
  let startDay = addDays(worker.registeredAt, rng.int(3, 45));
  for (const [number, course] of taken.entries()) {
    const current = number === taken.length - 1 && worker.status === 'IN_TRAINING';
    const status: EnrollmentStatus = current ? rng.weighted(CURRENT_WEIGHTS) : rng.weighted(FINISHED_WEIGHTS);
    // A course still being taken began at most its own length before the present, however long ago the worker registered.
    if (status === 'ENROLLED') startDay = new Date(Math.max(startDay.getTime(), addDays(AS_OF, -rng.int(0, courseDays(course))).getTime()));
    const endDay = addDays(startDay, courseDays(course));
    if ((status === 'ENROLLED' ? startDay : endDay) > AS_OF) return;
    // Classes start in the morning, Western Indonesia time (UTC+7); results are recorded in the afternoon.
    const enrolledAt = new Date(startDay.getTime() + rng.int(1, 4) * HOUR_MS + rng.int(0, 59) * 60_000);
    const completedAt = status === 'COMPLETED' || status === 'FAILED' ? new Date(endDay.getTime() + 9 * HOUR_MS) : null;
    const _id = seedId(enrolledAt, plan.idTag, 1, number, index);
    out.enrollments.push({
      _id,
      workerId: worker._id,
      courseId: course._id,
      status,
      enrolledAt,
      completedAt,
      score: scoreFor(rng, status),
      activeKey: activeKey(status, worker._id, course._id, _id),
    });
    if (status === 'COMPLETED' && completedAt) {
      const issuedOn = utcDay(completedAt);
      out.certificates.push({
        _id: seedId(issuedOn, plan.idTag, 2, number, index),
        workerId: worker._id,
        enrollmentId: _id,
        scheme: course.certificationScheme,
        issuer: course.issuer,
        issuedOn,
        expiresOn: expiryOf(issuedOn),
      });
    }
    startDay = addDays(endDay, rng.int(7, 60));
  }
}

/** esdm and perindustrian: the ministry's training centres, their courses, and the workers' enrollments and certificates. */
export async function seedTraining(ministry: 'ESDM' | 'PERINDUSTRIAN', models: TrainingModels, context: SeedContext): Promise<Record<string, number>> {
  const plan = PLANS[ministry];
  const rng = createRandom(context.seed + plan.seedOffset);
  const courses = seededCourses(plan);
  const out = { enrollments: [] as SeedEnrollment[], certificates: [] as SeedCertificate[] };
  // Every worker draws in order, so worker i's training is the same whatever the number of workers.
  for (const [index, worker] of context.workers.entries()) {
    if (TRAINING_STAGES.has(worker.status) && rng.chance(plan.enrollmentChance[worker.sex])) trainWorker(rng, plan, courses, worker, index, out);
  }
  return {
    'training centres': await context.insert('training centres', models.TrainingCenter, plan.centers.map(({ _id, name, city }) => ({ _id, name, city }))),
    courses: await context.insert('courses', models.Course, courses.map(({ issuer: _issuer, ...course }) => course)),
    enrollments: await context.insert('enrollments', models.Enrollment, out.enrollments),
    certificates: await context.insert('certificates', models.Certificate, out.certificates),
  };
}
