import type { TrainingMinistry } from '../training-ministry';
import type { TrainingContext } from './context';

export function mutationResolvers({ names }: TrainingMinistry) {
  return {
    [names.enrollMutation]: (_: unknown, args: { workerId: string; courseId: string }, { dataSources }: TrainingContext) =>
      dataSources.enrollmentService.enroll(args.workerId, args.courseId),
    [names.completeMutation]: (_: unknown, args: { enrollmentId: string; passed: boolean; score?: number | null }, { dataSources }: TrainingContext) =>
      dataSources.enrollmentService.complete(args.enrollmentId, args.passed, args.score ?? null),
  };
}
