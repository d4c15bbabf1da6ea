import type { CourseDoc } from '../models/course';
import type { TrainingMinistry } from '../training-ministry';
import type { TrainingContext } from './context';

/** Resolvers of the ministry's `Course` implementation (`EnergyCourse`, `IndustryCourse`). */
export function courseResolvers({ ministry }: TrainingMinistry) {
  return {
    __resolveReference: (ref: { id: string }, { dataSources }: TrainingContext) => dataSources.courses.findById(ref.id),
    id: (course: CourseDoc) => course._id.toHexString(),
    ministry: () => ministry,
    trainingCenter: (course: CourseDoc, _: unknown, { dataSources }: TrainingContext) => dataSources.trainingCenters.findByCode(course.trainingCenterCode),
  };
}
