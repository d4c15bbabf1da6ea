import type { GraphQLError } from 'graphql';
import type { Claims } from '../runtime/claims';
import { badUserInput, conflict, notFound } from '../runtime/errors';
import { findWorker, type GraphClient } from '../runtime/graph-client';
import { parseObjectId } from '../runtime/object-id';
import { expiryOf, utcDay } from './certificate-validity';
import type { EnrollmentDoc } from './models/enrollment';
import type { CertificateRepository, NewCertificate } from './repositories/certificate-repository';
import type { CourseRepository } from './repositories/course-repository';
import type { EnrollmentRepository } from './repositories/enrollment-repository';
import type { TrainingCenterRepository } from './repositories/training-center-repository';
import type { TrainingMinistry } from './training-ministry';

export interface TrainingRepositories {
  trainingCenters: TrainingCenterRepository;
  courses: CourseRepository;
  enrollments: EnrollmentRepository;
  certificates: CertificateRepository;
}

/**
 * The rules of enrolling and completing. Every check runs before the first write (there are no
 * transactions); each write a racing request — in this replica or another — could contest is an
 * insert under a unique index or a guarded update made by the holder of a claim (see Claims): a
 * worker enrolls in a course one request at a time, a course's seats change one claim at a time,
 * an enrollment's result is recorded once.
 */
export class EnrollmentService {
  constructor(
    private readonly ministry: TrainingMinistry,
    private readonly repositories: TrainingRepositories,
    private readonly graph: GraphClient,
    private readonly claims: Claims,
  ) {}

  async enroll(workerIdInput: string, courseIdInput: string): Promise<EnrollmentDoc> {
    const workerId = parseObjectId(workerIdInput, 'workerId', 'worker').toHexString();
    const courseId = parseObjectId(courseIdInput, 'courseId', 'course').toHexString();
    if (!(await this.repositories.courses.findById(courseId))) throw notFound(`No ${this.ministry.names.courseType} with id "${courseId}"`, 'courseId');
    if (!(await findWorker(this.graph, workerId))) throw notFound(`No worker with id "${workerId}" is registered with KP2MI`, 'workerId');
    return this.takeSeatFor(workerId, courseId);
  }

  /**
   * One enrollment of a worker in a course at a time, in any replica: a racing duplicate waits for
   * the holder, then finds its enrollment and is told so. Without the claim, duplicates each took a
   * seat before the unique index refused their enrollment, and on a nearly full course one could
   * find the seats held by the others and answer "no seats left" to a worker who was enrolled.
   */
  private takeSeatFor(workerId: string, courseId: string): Promise<EnrollmentDoc> {
    return this.claims.retry(`The enrollment of worker "${workerId}" in ${this.ministry.names.courseType} "${courseId}"`, async () => {
      const enrolled = await this.claims.once(`enrollment:${workerId}:${courseId}`, () => this.enrollOnce(workerId, courseId));
      return enrolled.held ? enrolled.value : undefined;
    });
  }

  /** The checks that depend on other enrollments, then the seat (the first write), then the enrollment. */
  private async enrollOnce(workerId: string, courseId: string): Promise<EnrollmentDoc> {
    const { courses, enrollments } = this.repositories;
    const active = await enrollments.findActive(workerId, courseId);
    if (active) throw this.alreadyEnrolled(workerId, courseId, active);
    if (!(await courses.takeSeat(courseId))) throw conflict(`${this.ministry.names.courseType} "${courseId}" has no seats left`, 'courseId');
    const enrollment = await enrollments.create(workerId, courseId, new Date());
    if (enrollment) return enrollment;
    // Another process enrolled the same worker first (the unique active key refused this one): give the seat back.
    await courses.releaseSeat(courseId);
    const winner = await enrollments.findActive(workerId, courseId);
    throw winner ? this.alreadyEnrolled(workerId, courseId, winner) : conflict(`Worker "${workerId}" could not be enrolled; try again`, 'courseId');
  }

  async complete(enrollmentIdInput: string, passed: boolean, score: number | null): Promise<EnrollmentDoc> {
    const enrollmentId = parseObjectId(enrollmentIdInput, 'enrollmentId', 'enrollment').toHexString();
    if (score !== null && (score < 0 || score > 100)) throw badUserInput(`score must be from 0 to 100; got ${score}`, 'score');
    // One result per enrollment: a racing completion waits for the holder, then finds it recorded.
    return this.claims.retry(`${this.ministry.names.enrollmentType} "${enrollmentId}"`, async () => {
      const recorded = await this.claims.once(`enrollment-result:${enrollmentId}`, () => this.recordResult(enrollmentId, passed, score));
      return recorded.held ? recorded.value : undefined;
    });
  }

  private async recordResult(enrollmentId: string, passed: boolean, score: number | null): Promise<EnrollmentDoc> {
    const { enrollments, certificates } = this.repositories;
    const enrollment = await enrollments.findCurrent(enrollmentId);
    if (!enrollment) throw notFound(`No ${this.ministry.names.enrollmentType} with id "${enrollmentId}"`, 'enrollmentId');
    if (enrollment.status !== 'ENROLLED') throw this.notEnrolled(enrollmentId, enrollment.status);
    const completedAt = new Date();
    // Read before the first write, so a missing course or centre fails the mutation with nothing written.
    const certificate = passed ? await this.certificateFor(enrollment, completedAt) : null;
    const completed = await enrollments.complete(enrollment, { status: passed ? 'COMPLETED' : 'FAILED', score, completedAt });
    if (!completed) {
      const current = await enrollments.findById(enrollmentId);
      throw this.notEnrolled(enrollmentId, current?.status ?? 'gone');
    }
    if (certificate) await certificates.issue(certificate);
    return completed;
  }

  private async certificateFor(enrollment: EnrollmentDoc, completedAt: Date): Promise<NewCertificate> {
    const course = await this.repositories.courses.findById(enrollment.courseId.toHexString());
    if (!course) throw new Error(`Enrollment ${enrollment._id.toHexString()} refers to a course that does not exist`);
    const center = await this.repositories.trainingCenters.findByCode(course.trainingCenterCode);
    if (!center) throw new Error(`Course ${course._id.toHexString()} refers to training centre ${course.trainingCenterCode}, which does not exist`);
    const issuedOn = utcDay(completedAt);
    return {
      workerId: enrollment.workerId,
      enrollmentId: enrollment._id,
      scheme: course.certificationScheme,
      issuer: this.ministry.lspName(center),
      issuedOn,
      expiresOn: expiryOf(issuedOn),
    };
  }

  private alreadyEnrolled(workerId: string, courseId: string, active: EnrollmentDoc): GraphQLError {
    const { courseType, enrollmentType } = this.ministry.names;
    return conflict(
      `Worker "${workerId}" already has ${enrollmentType} "${active._id.toHexString()}" (${active.status}) in ${courseType} "${courseId}"; a worker enrolls in a course once`,
      'courseId',
    );
  }

  private notEnrolled(enrollmentId: string, status: string): GraphQLError {
    return conflict(`${this.ministry.names.enrollmentType} "${enrollmentId}" is ${status}; only an ENROLLED enrollment can be completed`, 'enrollmentId');
  }
}
