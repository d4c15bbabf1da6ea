import type { Ministry } from '../../../lib/identity';
import type { RefusalGround } from '../../../lib/privacy/purposes';
import type { PageArgs } from '../../runtime/pagination';
import { carryOutPart } from '../../runtime/privacy/data-subject-part';
import { subgraphOf, type PartRunner, type SubmitInput } from '../data-subject-requests';
import type { DataSubjectRequestDoc, RequestPartDoc, RequestStatus } from '../models/data-subject-request';
import type { Kp2miContext } from './context';

type Ctx = Kp2miContext;

/** KP2MI's own part in this process; every other ministry's by a signed call to its subgraph. */
function partRunner(context: Ctx): PartRunner {
  return (ministry: Ministry, request) => {
    if (ministry !== 'KP2MI') return context.dataSources.sendPart(subgraphOf(ministry), request);
    const { registry, states } = context.privacy.settings;
    return carryOutPart({ ministry, registry, states, store: context.dataSources.personalData }, request, context.audit);
  };
}

export const dataSubjectRequestResolvers = {
  Query: {
    dataSubjectRequests: (_: unknown, args: PageArgs & { status?: RequestStatus | null; overdue?: boolean | null }, { dataSources }: Ctx) =>
      dataSources.dataSubjectRequests.list({ status: args.status, overdue: args.overdue }, args),
  },
  Mutation: {
    submitDataSubjectRequest: (_: unknown, args: { input: SubmitInput }, context: Ctx) => context.dataSources.dataSubjectRequests.submit(args.input, context.identity, partRunner(context)),
    refuseDataSubjectRequestPart: (_: unknown, args: { requestId: string; ground: RefusalGround; reason: string }, context: Ctx) =>
      context.dataSources.dataSubjectRequests.refuse(args.requestId, args.ground, args.reason, context.identity, partRunner(context)),
    retryDataSubjectRequest: (_: unknown, args: { id: string }, context: Ctx) => context.dataSources.dataSubjectRequests.retry(args.id, context.identity, partRunner(context)),
  },
  DataSubjectRequest: {
    id: (request: DataSubjectRequestDoc) => request._id.toHexString(),
    worker: (request: DataSubjectRequestDoc, _: unknown, { dataSources }: Ctx) => dataSources.workers.findById(request.workerId.toHexString()),
    overdue: (request: DataSubjectRequestDoc) => request.status === 'OPEN' && request.dueAt.getTime() < Date.now(),
    /** ACCESS is answered by the data-subject report, its personal fields checked one by one as anywhere. */
    report: async (request: DataSubjectRequestDoc, _: unknown, { dataSources }: Ctx) => {
      if (request.type !== 'ACCESS') return null;
      const worker = await dataSources.workers.findById(request.workerId.toHexString());
      const personal = worker ? await dataSources.workers.personalData(worker) : null;
      return worker ? { nik: personal?.nik ?? '', generatedAt: new Date(), worker } : null;
    },
  },
  DataSubjectRequestPart: {
    kept: (part: RequestPartDoc) => part.kept.map((kept) => ({ ...kept, until: new Date(`${kept.until}T00:00:00Z`) })),
  },
};
