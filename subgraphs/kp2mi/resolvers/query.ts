import type { PageArgs } from '../../runtime/pagination';
import type { WorkerFilterInput } from '../repositories/worker-repository';
import type { Kp2miContext } from './context';

export const Query = {
  worker: (_: unknown, args: { id: string }, { dataSources }: Kp2miContext) => dataSources.workers.findById(args.id),
  workers: (_: unknown, args: PageArgs & { filter?: WorkerFilterInput }, { dataSources }: Kp2miContext) =>
    dataSources.workers.list(args.filter, args),
  countries: (_: unknown, __: unknown, { dataSources }: Kp2miContext) => dataSources.countries.all(),
  country: (_: unknown, args: { code: string }, { dataSources }: Kp2miContext) => dataSources.countries.findByCode(args.code),
};
