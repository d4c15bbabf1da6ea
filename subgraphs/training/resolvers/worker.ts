import type { TrainingMinistry } from '../training-ministry';
import type { TrainingContext } from './context';

/** kp2mi's worker, as referenced by the gateway (`{ id }`), with the ministry's part of the story. */
export function workerResolvers({ names }: TrainingMinistry) {
  return {
    [names.workerEnrollments]: (worker: { id: string }, _: unknown, { dataSources }: TrainingContext) => dataSources.enrollments.forWorker(worker.id),
    [names.workerCertificates]: (worker: { id: string }, _: unknown, { dataSources }: TrainingContext) => dataSources.certificates.forWorker(worker.id),
  };
}
