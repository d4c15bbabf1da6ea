import { koperasiPersonalData } from './personal-data-store';
import type { GraphClient } from '../runtime/graph-client';
import type { KoperasiModels } from './models';
import { BusinessRepository } from './repositories/business-repository';
import { FinancingRepository } from './repositories/financing-repository';
import { ProductRepository } from './repositories/product-repository';

/** Per-request repositories of the koperasi-ukm subgraph (each holds its own loaders); one business loader serves them all. */
export function createKoperasiDataSources(models: KoperasiModels, { graph }: { graph: GraphClient }) {
  const businesses = new BusinessRepository(models, graph);
  return {
    businesses,
    products: new ProductRepository(models, businesses),
    financing: new FinancingRepository(models, graph, businesses),
    personalData: koperasiPersonalData(models),
  };
}

export type KoperasiDataSources = ReturnType<typeof createKoperasiDataSources>;
