import type { EnrollmentDoc } from '../models/enrollment';
import type { TrainingContext } from './context';

/** Resolvers of the ministry's enrollment type (`EnergyEnrollment`, `IndustryEnrollment`). */
export const Enrollment = {
  id: (enrollment: EnrollmentDoc) => enrollment._id.toHexString(),
  worker: (enrollment: EnrollmentDoc) => ({ __typename: 'Worker', id: enrollment.workerId.toHexString() }),
  course: (enrollment: EnrollmentDoc, _: unknown, { dataSources }: TrainingContext) => dataSources.courses.findById(enrollment.courseId.toHexString()),
};
