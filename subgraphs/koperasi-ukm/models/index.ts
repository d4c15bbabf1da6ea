import type { Connection } from 'mongoose';
import { businessModel } from './business';

export function createKoperasiModels(connection: Connection) {
  return { Business: businessModel(connection) };
}

export type KoperasiModels = ReturnType<typeof createKoperasiModels>;
