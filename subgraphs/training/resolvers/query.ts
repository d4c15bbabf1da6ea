import type { PageArgs } from '../../runtime/pagination';
import type { CourseFilterInput } from '../repositories/course-repository';
import type { TrainingMinistry } from '../training-ministry';
import type { TrainingContext } from './context';

export function queryResolvers({ names }: TrainingMinistry) {
  return {
    [names.trainingCentersQuery]: (_: unknown, __: unknown, { dataSources }: TrainingContext) => dataSources.trainingCenters.all(),
    [names.coursesQuery]: (_: unknown, args: PageArgs & { filter?: CourseFilterInput }, { dataSources }: TrainingContext) => dataSources.courses.list(args.filter, args),
    [names.courseQuery]: (_: unknown, args: { id: string }, { dataSources }: TrainingContext) => dataSources.courses.findById(args.id),
  };
}
