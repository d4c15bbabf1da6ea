import { subgraphEntry } from '../catalog';
import type { SubgraphDefinition } from '../runtime/definition';
import { auditPartResolvers } from '../runtime/audit/audit-trail';
import { dataSubjectPartAccess, dataSubjectPartResolver } from '../runtime/privacy/data-subject-part-field';
import { loadSchema } from '../runtime/schema';
import { koperasiAccess, koperasiDataSubject, koperasiPeople } from './access';
import { createKoperasiDataSources, type KoperasiDataSources } from './data-sources';
import { createKoperasiModels, type KoperasiModels } from './models';
import { resolvers } from './resolvers';

const entry = subgraphEntry('koperasi-ukm');

/** Koperasi-UKM: micro and small businesses (UMKM), their products, export markets and KUR financing. */
export const koperasiUkm: SubgraphDefinition<KoperasiModels, KoperasiDataSources> = {
  entry,
  typeDefs: loadSchema(__dirname),
  resolvers: { ...resolvers, ...auditPartResolvers(entry), Mutation: { ...resolvers.Mutation, ...dataSubjectPartResolver(entry, (sources: KoperasiDataSources) => sources.personalData) } },
  access: { ...koperasiAccess, ...dataSubjectPartAccess(entry) },
  dataSubject: koperasiDataSubject,
  people: koperasiPeople,
  createModels: createKoperasiModels,
  createDataSources: createKoperasiDataSources,
};
