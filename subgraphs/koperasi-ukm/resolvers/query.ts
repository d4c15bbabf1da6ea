import type { PageArgs } from '../../runtime/pagination';
import type { BusinessFilterInput } from '../repositories/business-repository';
import type { KoperasiContext } from './context';

export const Query = {
  businesses: (_: unknown, args: PageArgs & { filter?: BusinessFilterInput }, { dataSources }: KoperasiContext) =>
    dataSources.businesses.list(args.filter, args),
  business: (_: unknown, args: { id: string }, { dataSources }: KoperasiContext) => dataSources.businesses.findById(args.id),
};
