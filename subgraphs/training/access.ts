import type { Types } from 'mongoose';
import type { AccessPolicy, PersonOf } from '../runtime/access/policy';
import { auditReader, everyone, staff } from '../runtime/access/rules';
import type { TrainingNames } from './training-ministry';

/**
 * A training ministry's part of the authorization table (README, "Authorization"): courses
 * and centres are public, a worker's training is for staff; mutations are the ministry's writes.
 */
export function trainingAccess(names: TrainingNames): AccessPolicy {
  return {
    [`Query.${names.coursesQuery}`]: everyone,
    [`Query.${names.courseQuery}`]: everyone,
    [`Query.${names.trainingCentersQuery}`]: everyone,
    'Worker.*': staff,
    [`${names.enrollmentType}.*`]: staff,
    'AuditTrail.*': auditReader,
  };
}

/** Enrollments are about their worker; courses are about nobody. */
export function trainingDataSubject(names: TrainingNames) {
  return (typeName: string, record: Record<string, unknown>): Types.ObjectId | null =>
    typeName === names.enrollmentType ? (record.workerId as Types.ObjectId) : null;
}

/** Whose personal data an enrollment holds (its score): the enrolled worker's. */
export function trainingPeople(names: TrainingNames): Record<string, PersonOf> {
  return { [names.enrollmentType]: (enrollment: { workerId: Types.ObjectId }) => enrollment.workerId };
}
