import type { PageArgs } from '../../runtime/pagination';
import type { JobOpeningFilterInput } from '../repositories/job-opening-repository';
import type { PlacementFilterInput } from '../repositories/placement-filter';
import type { WorkerFilterInput } from '../repositories/worker-filter';
import { auditTrailQuery } from './audit-trail';
import type { Kp2miContext } from './context';
import { dataSubjectReportQuery } from './data-subject-report';
import { purposesQuery } from './purpose';
import { verifyWorkerQuery } from './verify-worker';

type Ctx = Kp2miContext;

export const Query = {
  worker: (_: unknown, args: { id: string }, { dataSources }: Ctx) => dataSources.workers.findById(args.id),
  workerByNik: (_: unknown, args: { nik: string }, { dataSources }: Ctx) => dataSources.workers.findByNik(args.nik),
  workers: (_: unknown, args: PageArgs & { filter?: WorkerFilterInput }, { dataSources }: Ctx) => dataSources.workers.list(args.filter, args),
  placements: (_: unknown, args: PageArgs & { filter?: PlacementFilterInput }, { dataSources }: Ctx) => dataSources.placements.list(args.filter, args),
  jobOpenings: (_: unknown, args: PageArgs & { filter?: JobOpeningFilterInput }, { dataSources }: Ctx) => dataSources.jobOpenings.list(args.filter, args),
  jobOpening: (_: unknown, args: { id: string }, { dataSources }: Ctx) => dataSources.jobOpenings.findById(args.id),
  countries: (_: unknown, __: unknown, { dataSources }: Ctx) => dataSources.countries.all(),
  country: (_: unknown, args: { code: string }, { dataSources }: Ctx) => dataSources.countries.findByCode(args.code),
  workerStats: (_: unknown, args: { by: 'PROVINCE' | 'STATUS' | 'SEX' | 'EDUCATION'; filter?: WorkerFilterInput }, { dataSources }: Ctx) =>
    dataSources.workers.stats(args.by, args.filter),
  placementStats: (_: unknown, args: { by: 'COUNTRY' | 'SECTOR' | 'SCHEME' | 'STATUS' | 'START_YEAR'; filter?: PlacementFilterInput }, { dataSources }: Ctx) =>
    dataSources.placements.stats(args.by, args.filter),
  auditTrail: auditTrailQuery,
  dataSubjectReport: dataSubjectReportQuery,
  purposes: purposesQuery,
  verifyWorker: verifyWorkerQuery,
};
