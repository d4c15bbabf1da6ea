import { provinceByCode } from '../../reference/provinces';
import type { BusinessDoc } from '../models/business';
import type { KoperasiContext } from './context';

type Ctx = KoperasiContext;

export const Business = {
  __resolveReference: (ref: { id: string }, { dataSources }: Ctx) => dataSources.businesses.findById(ref.id),
  id: (business: BusinessDoc) => business._id.toHexString(),
  // A reference that the gateway completes from kp2mi: no worker data is kept here.
  owner: (business: BusinessDoc) => (business.ownerWorkerId ? { __typename: 'Worker', id: business.ownerWorkerId.toHexString() } : null),
  province: (business: BusinessDoc) => provinceByCode(business.provinceCode),
  products: (business: BusinessDoc, _: unknown, { dataSources }: Ctx) => dataSources.products.forBusiness(business._id),
  financing: (business: BusinessDoc, _: unknown, { dataSources }: Ctx) => dataSources.financing.forBusiness(business._id),
};
