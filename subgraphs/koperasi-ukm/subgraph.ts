import { subgraphEntry } from '../catalog';
import type { SubgraphDefinition } from '../runtime/definition';
import { auditPartResolvers } from '../runtime/audit/audit-trail';
import { loadSchema } from '../runtime/schema';
import { koperasiAccess, koperasiDataSubject } from './access';
import { createKoperasiDataSources, type KoperasiDataSources } from './data-sources';
import { createKoperasiModels, type KoperasiModels } from './models';
import { resolvers } from './resolvers';

const entry = subgraphEntry('koperasi-ukm');

/** Koperasi-UKM: micro and small businesses (UMKM), their products, export markets and KUR financing. */
export const koperasiUkm: SubgraphDefinition<KoperasiModels, KoperasiDataSources> = {
  entry,
  typeDefs: loadSchema(__dirname),
  resolvers: { ...resolvers, ...auditPartResolvers(entry) },
  access: koperasiAccess,
  dataSubject: koperasiDataSubject,
  createModels: createKoperasiModels,
  createDataSources: createKoperasiDataSources,
};
