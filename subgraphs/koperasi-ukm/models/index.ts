import type { Connection } from 'mongoose';
import { businessModel } from './business';
import { financingApplicationModel } from './financing-application';
import { productModel } from './product';

export function createKoperasiModels(connection: Connection) {
  return { Business: businessModel(connection), Product: productModel(connection), FinancingApplication: financingApplicationModel(connection) };
}

export type KoperasiModels = ReturnType<typeof createKoperasiModels>;
