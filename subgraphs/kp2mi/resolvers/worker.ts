import { provinceByCode } from '../../reference/provinces';
import type { WorkerDoc } from '../models/worker';
import type { Kp2miContext } from './context';

type Ctx = Kp2miContext;

/** Guarded and put on record by the access policy (`personalData: 'parent'`) before it runs. */
function personalData(worker: WorkerDoc, { dataSources }: Ctx) {
  return dataSources.workers.personalData(worker);
}

export const Worker = {
  __resolveReference: (ref: { id: string }, { dataSources }: Ctx) => dataSources.workers.findById(ref.id),
  id: (worker: WorkerDoc) => worker._id.toHexString(),
  province: (worker: WorkerDoc) => provinceByCode(worker.provinceCode),
  nik: async (worker: WorkerDoc, _: unknown, context: Ctx) => (await personalData(worker, context))?.nik ?? null,
  birthDate: async (worker: WorkerDoc, _: unknown, context: Ctx) => (await personalData(worker, context))?.birthDate ?? null,
  phone: async (worker: WorkerDoc, _: unknown, context: Ctx) => (await personalData(worker, context))?.phone ?? null,
  passportNumber: async (worker: WorkerDoc, _: unknown, context: Ctx) => (await personalData(worker, context))?.passportNumber ?? null,
  placements: (worker: WorkerDoc, _: unknown, { dataSources }: Ctx) => dataSources.placements.forWorker(worker._id),
  currentPlacement: (worker: WorkerDoc, _: unknown, { dataSources }: Ctx) => dataSources.placements.current(worker._id),
};
