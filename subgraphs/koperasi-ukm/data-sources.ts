import type { KoperasiModels } from './models';
import { BusinessRepository } from './repositories/business-repository';

/** Per-request repositories of the koperasi-ukm subgraph (each holds its own loaders). */
export function createKoperasiDataSources(models: KoperasiModels) {
  return { businesses: new BusinessRepository(models) };
}

export type KoperasiDataSources = ReturnType<typeof createKoperasiDataSources>;
