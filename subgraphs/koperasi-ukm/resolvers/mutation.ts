import type { RegisterBusinessInput } from '../repositories/business-registration';
import type { ApplyForFinancingInput } from '../repositories/financing-application';
import type { AddProductInput } from '../repositories/new-product';
import type { KoperasiContext } from './context';

type Ctx = KoperasiContext;

export const Mutation = {
  registerBusiness: (_: unknown, args: { input: RegisterBusinessInput }, { dataSources }: Ctx) => dataSources.businesses.register(args.input),
  addProduct: (_: unknown, args: { input: AddProductInput }, { dataSources }: Ctx) => dataSources.products.add(args.input),
  applyForFinancing: (_: unknown, args: { input: ApplyForFinancingInput }, { dataSources }: Ctx) => dataSources.financing.apply(args.input),
  decideFinancing: (_: unknown, args: { id: string; approve: boolean }, { dataSources }: Ctx) => dataSources.financing.decide(args.id, args.approve),
};
