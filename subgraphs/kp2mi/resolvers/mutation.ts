import type { GraphQLResolveInfo } from 'graphql';
import type { PersonalDataExportReport } from '../../../lib/personal-data-export';
import type { RecordPlacementInput } from '../repositories/placement-repository';
import type { PublishJobOpeningInput } from '../repositories/job-opening-repository';
import type { RegisterWorkerInput } from '../repositories/worker-registration';
import type { WorkerStatus } from '../models/worker';
import type { Kp2miContext } from './context';

type Ctx = Kp2miContext;

export const Mutation = {
  registerWorker: (_: unknown, args: { input: RegisterWorkerInput }, { dataSources }: Ctx) => dataSources.workers.register(args.input),
  updateWorkerStatus: (_: unknown, args: { id: string; status: WorkerStatus }, { dataSources }: Ctx) => dataSources.workers.updateStatus(args.id, args.status),
  recordPlacement: async (_: unknown, args: { input: RecordPlacementInput }, { dataSources }: Ctx) => {
    const { workers, placements, jobOpenings } = dataSources;
    const placement = await placements.record(args.input, {
      workerStatus: async (id) => (await workers.findById(id.toHexString()))?.status ?? null,
      jobOpeningExists: (id) => jobOpenings.exists(id),
    });
    if (placement.status === 'ACTIVE') await workers.markDeployed(placement.workerId);
    return placement;
  },
  publishJobOpening: (_: unknown, args: { input: PublishJobOpeningInput }, { dataSources }: Ctx) => dataSources.jobOpenings.publish(args.input),
  recordPersonalDataExport: (_: unknown, args: { input: PersonalDataExportReport }, { audit }: Ctx, info: GraphQLResolveInfo) => audit.exported(info, args.input),
};
