import type { FinancingApplicationDoc } from '../models/financing-application';
import type { KoperasiContext } from './context';

export const FinancingApplication = {
  id: (application: FinancingApplicationDoc) => application._id.toHexString(),
  business: (application: FinancingApplicationDoc, _: unknown, { dataSources }: KoperasiContext) => dataSources.businesses.get(application.businessId),
};
