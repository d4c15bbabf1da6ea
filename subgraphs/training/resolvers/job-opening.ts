import type { TrainingContext } from './context';

/** kp2mi's job opening with its `sector` (required from kp2mi), and the ministry's courses for it. */
export function jobOpeningResolvers(recommendedCourses: string) {
  return {
    [recommendedCourses]: (opening: { sector: string }, _: unknown, { dataSources }: TrainingContext) => dataSources.courses.recommendedFor(opening.sector),
  };
}
