import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { versionedCollection } from '../../runtime/versions/versioned-collection';

export const ENROLLMENT_STATUSES = ['ENROLLED', 'COMPLETED', 'FAILED', 'WITHDRAWN'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/** Statuses that hold the worker's place in a course: one of them per worker and course at most. */
export const ACTIVE_STATUSES: readonly EnrollmentStatus[] = ['ENROLLED', 'COMPLETED'];

/** The `activeKey` of an active enrollment: the worker and the course. */
export function workerCourseKey(workerId: string, courseId: string): string {
  return `${workerId}:${courseId}`;
}

/**
 * The value of `activeKey`: the worker and course while the enrollment is active, else the
 * enrollment's own id. With a unique index this lets the database itself refuse a second
 * active enrollment of a worker in a course, even when two requests race.
 */
export function activeKey(status: EnrollmentStatus, workerId: string, courseId: string, enrollmentId: string): string {
  return ACTIVE_STATUSES.includes(status) ? workerCourseKey(workerId, courseId) : enrollmentId;
}

export const enrollmentSchema = new Schema(
  {
    /** kp2mi's worker id; kp2mi's data is never copied here. */
    workerId: { type: Schema.Types.ObjectId, required: true },
    courseId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, required: true, enum: ENROLLMENT_STATUSES },
    enrolledAt: { type: Date, required: true },
    completedAt: { type: Date, default: null },
    score: { type: Number, default: null, min: 0, max: 100, validate: (value: number | null) => value === null || Number.isInteger(value) },
    activeKey: { type: String, required: true },
  },
  { collection: 'enrollments', versionKey: false },
);

// Its counts and statistics are kept by write version: every write bumps it.
enrollmentSchema.plugin(versionedCollection);

enrollmentSchema.index({ activeKey: 1 }, { unique: true });
// A worker's enrollments in their documented order.
enrollmentSchema.index({ workerId: 1, enrolledAt: 1, _id: 1 });
enrollmentSchema.index({ courseId: 1 });

export type EnrollmentDoc = InferSchemaType<typeof enrollmentSchema> & { _id: Types.ObjectId; status: EnrollmentStatus };

export const enrollmentModel = (connection: Connection) => connection.model('Enrollment', enrollmentSchema);
