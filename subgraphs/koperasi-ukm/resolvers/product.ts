import type { ProductDoc } from '../models/product';
import type { KoperasiContext } from './context';

type Ctx = KoperasiContext;

export const Product = {
  __resolveReference: (ref: { id: string }, { dataSources }: Ctx) => dataSources.products.findById(ref.id),
  id: (product: ProductDoc) => product._id.toHexString(),
  // References that the gateway completes from kp2mi's countries.
  markets: (product: ProductDoc) => product.marketCountryCodes.map((code) => ({ __typename: 'Country', code })),
  business: (product: ProductDoc, _: unknown, { dataSources }: Ctx) => dataSources.businesses.get(product.businessId),
};
