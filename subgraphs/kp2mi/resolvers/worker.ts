import { provinceByCode } from '../../reference/provinces';
import type { WorkerDoc } from '../models/worker';
import type { Kp2miContext } from './context';

export const Worker = {
  __resolveReference: (ref: { id: string }, { dataSources }: Kp2miContext) => dataSources.workers.findById(ref.id),
  id: (worker: WorkerDoc) => worker._id.toHexString(),
  province: (worker: WorkerDoc) => provinceByCode(worker.provinceCode),
};
