import type { PageArgs } from '../../runtime/pagination';
import { KUR_BANKS } from '../kur';
import type { BusinessDimension, BusinessFilterInput } from '../repositories/business-repository';
import type { FinancingDimension } from '../repositories/financing-repository';
import type { ProductFilterInput } from '../repositories/product-filter';
import type { KoperasiContext } from './context';

type Ctx = KoperasiContext;

/** Reference data, the same for every request. */
const KUR_BANKS_BY_NAME = [...KUR_BANKS].sort((a, b) => a.name.localeCompare(b.name)).map(({ code, name }) => ({ code, name }));

export const Query = {
  businesses: (_: unknown, args: PageArgs & { filter?: BusinessFilterInput }, { dataSources }: Ctx) => dataSources.businesses.list(args.filter, args),
  business: (_: unknown, args: { id: string }, { dataSources }: Ctx) => dataSources.businesses.findById(args.id),
  products: (_: unknown, args: PageArgs & { filter?: ProductFilterInput }, { dataSources }: Ctx) => dataSources.products.list(args.filter, args),
  product: (_: unknown, args: { id: string }, { dataSources }: Ctx) => dataSources.products.findById(args.id),
  businessStats: (_: unknown, args: { by: BusinessDimension; filter?: BusinessFilterInput }, { dataSources }: Ctx) => dataSources.businesses.stats(args.by, args.filter),
  financingStats: (_: unknown, args: { by: FinancingDimension }, { dataSources }: Ctx) => dataSources.financing.stats(args.by),
  kurBanks: () => KUR_BANKS_BY_NAME,
};
