import { provinceByCode } from '../../reference/provinces';
import type { BusinessDoc } from '../models/business';
import type { KoperasiContext } from './context';

export const Business = {
  __resolveReference: (ref: { id: string }, { dataSources }: KoperasiContext) => dataSources.businesses.findById(ref.id),
  id: (business: BusinessDoc) => business._id.toHexString(),
  province: (business: BusinessDoc) => provinceByCode(business.provinceCode),
};
