import type DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { groupLoader, keyLoader } from '../../runtime/loaders';
import type { TrainingModels } from '../models';
import { activeKey, workerCourseKey, type EnrollmentDoc, type EnrollmentStatus } from '../models/enrollment';

/** What completing an enrollment records. */
export interface EnrollmentResult {
  status: Extract<EnrollmentStatus, 'COMPLETED' | 'FAILED'>;
  score: number | null;
  completedAt: Date;
}

function isDuplicateKey(err: unknown): boolean {
  return (err as { code?: number }).code === 11000;
}

export class EnrollmentRepository {
  private readonly byId: DataLoader<string, EnrollmentDoc | null>;
  private readonly byWorker: DataLoader<string, EnrollmentDoc[]>;

  constructor(private readonly models: TrainingModels) {
    const toStored = (id: string) => new Types.ObjectId(id);
    this.byId = keyLoader<EnrollmentDoc>(models.Enrollment, { toStored });
    this.byWorker = groupLoader<EnrollmentDoc>(models.Enrollment, { field: 'workerId', toStored, sort: { enrolledAt: 1, _id: 1 } });
  }

  /** `id` is a parsed 24-hex id. */
  findById(id: string): Promise<EnrollmentDoc | null> {
    return this.byId.load(id);
  }

  /** As stored now, not as read earlier in the request. */
  findCurrent(id: string): Promise<EnrollmentDoc | null> {
    this.byId.clear(id);
    return this.byId.load(id);
  }

  /** A worker's enrollments, oldest first; batched for every worker of the request. */
  forWorker(workerId: string): Promise<EnrollmentDoc[]> {
    return this.byWorker.load(workerId);
  }

  /** The worker's ENROLLED or COMPLETED enrollment in the course, if any. */
  async findActive(workerId: string, courseId: string): Promise<EnrollmentDoc | null> {
    return (await this.models.Enrollment.findOne({ activeKey: workerCourseKey(workerId, courseId) }).lean()) as EnrollmentDoc | null;
  }

  /** Writes a new ENROLLED enrollment; null when the worker already holds an active one in the course (a racing request won). */
  async create(workerId: string, courseId: string, enrolledAt: Date): Promise<EnrollmentDoc | null> {
    const _id = new Types.ObjectId();
    try {
      const created = await this.models.Enrollment.create({
        _id,
        workerId: new Types.ObjectId(workerId),
        courseId: new Types.ObjectId(courseId),
        status: 'ENROLLED',
        enrolledAt,
        completedAt: null,
        score: null,
        activeKey: activeKey('ENROLLED', workerId, courseId, _id.toHexString()),
      });
      return created.toObject() as EnrollmentDoc;
    } catch (err) {
      if (isDuplicateKey(err)) return null;
      throw err;
    }
  }

  /**
   * Records the result in one update that only matches an ENROLLED enrollment, so of two
   * racing completions exactly one succeeds; null for the other.
   */
  async complete(enrollment: EnrollmentDoc, result: EnrollmentResult): Promise<EnrollmentDoc | null> {
    const id = enrollment._id.toHexString();
    const key = activeKey(result.status, enrollment.workerId.toHexString(), enrollment.courseId.toHexString(), id);
    const updated = (await this.models.Enrollment.findOneAndUpdate(
      { _id: enrollment._id, status: 'ENROLLED' },
      { $set: { ...result, activeKey: key } },
      { returnDocument: 'after' },
    ).lean()) as EnrollmentDoc | null;
    this.byId.clear(id);
    return updated;
  }
}
