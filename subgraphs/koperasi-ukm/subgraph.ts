import { subgraphEntry } from '../catalog';
import type { SubgraphDefinition } from '../runtime/definition';
import { loadSchema } from '../runtime/schema';
import { createKoperasiDataSources, type KoperasiDataSources } from './data-sources';
import { createKoperasiModels, type KoperasiModels } from './models';
import { resolvers } from './resolvers';

/** Koperasi-UKM: micro and small businesses (UMKM), their products, export markets and KUR financing. */
export const koperasiUkm: SubgraphDefinition<KoperasiModels, KoperasiDataSources> = {
  entry: subgraphEntry('koperasi-ukm'),
  typeDefs: loadSchema(__dirname),
  resolvers,
  createModels: createKoperasiModels,
  createDataSources: createKoperasiDataSources,
};
