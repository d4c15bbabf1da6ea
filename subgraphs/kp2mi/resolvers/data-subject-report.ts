import type { GraphQLResolveInfo } from 'graphql';
import { trailKey } from '../../runtime/audit/audit-trail';
import type { PageArgs } from '../../runtime/pagination';
import type { WorkerDoc } from '../models/worker';
import type { Kp2miContext } from './context';

type Ctx = Kp2miContext;

interface Report {
  nik: string;
  generatedAt: Date;
  worker: WorkerDoc | null;
}

/** The data subject's report: the lookup by NIK is itself a processing of personal data, on record. */
export async function dataSubjectReportQuery(_: unknown, args: { nik: string }, { dataSources, audit }: Ctx, info: GraphQLResolveInfo): Promise<Report | null> {
  const worker = await dataSources.workers.findByNik(args.nik);
  if (!worker) return null;
  await audit.personalDataRead(worker._id, 'Query.dataSubjectReport', info);
  return { nik: args.nik, generatedAt: new Date(), worker };
}

export const DataSubjectReport = {
  auditTrail: (report: Report, args: PageArgs) => (report.worker ? { pageKey: trailKey(report.worker._id.toHexString(), args) } : null),
};
