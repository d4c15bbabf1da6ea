import type { Connection } from 'mongoose';
import { claimModel } from '../../runtime/claims';
import { businessModel } from './business';
import { financingApplicationModel } from './financing-application';
import { productModel } from './product';

export function createKoperasiModels(connection: Connection) {
  return { Business: businessModel(connection), Product: productModel(connection), FinancingApplication: financingApplicationModel(connection), Claim: claimModel(connection) };
}

export type KoperasiModels = ReturnType<typeof createKoperasiModels>;
