import type { Connection } from 'mongoose';
import { countryModel } from './country';
import { workerModel } from './worker';

export function createKp2miModels(connection: Connection) {
  return { Worker: workerModel(connection), Country: countryModel(connection) };
}

export type Kp2miModels = ReturnType<typeof createKp2miModels>;
