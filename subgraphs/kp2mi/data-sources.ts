import type { Kp2miModels } from './models';
import { CountryRepository } from './repositories/country-repository';
import { WorkerRepository } from './repositories/worker-repository';

/** Per-request repositories of the kp2mi subgraph (each holds its own loaders). */
export function createKp2miDataSources(models: Kp2miModels) {
  return { workers: new WorkerRepository(models), countries: new CountryRepository(models) };
}

export type Kp2miDataSources = ReturnType<typeof createKp2miDataSources>;
