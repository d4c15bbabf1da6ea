import type { Partner } from '../partner';

/** `subgraph.ts`: what the subgraph is, apart from how it is started. */
export function subgraphDefinitionTemplate(p: Partner): string {
  return `import { subgraphEntry } from '../catalog';
import { auditPartResolvers } from '../runtime/audit/audit-trail';
import type { SubgraphDefinition } from '../runtime/definition';
import { dataSubjectPartAccess, dataSubjectPartResolver } from '../runtime/privacy/data-subject-part-field';
import { NO_PERSONAL_DATA } from '../runtime/privacy/personal-data-store';
import { loadSchema } from '../runtime/schema';
import { ${p.camel}Access, ${p.camel}DataSubject } from './access';
import { create${p.pascal}DataSources, type ${p.pascal}DataSources } from './data-sources';
import { create${p.pascal}Models, type ${p.pascal}Models } from './models';
import { resolvers } from './resolvers';

const entry = subgraphEntry('${p.name}');

/** ${p.label}: migrant workers' memberships. */
export const ${p.camel}: SubgraphDefinition<${p.pascal}Models, ${p.pascal}DataSources> = {
  entry,
  typeDefs: loadSchema(__dirname),
  // Its piece of the audit trail is answered by the runtime, from its own audit collection; its part of a
  // data-subject request too, over the personal fields it marks @personal (none yet: mark them as they come).
  resolvers: { ...resolvers, ...auditPartResolvers(entry), Mutation: dataSubjectPartResolver(entry, () => NO_PERSONAL_DATA) },
  access: { ...${p.camel}Access, ...dataSubjectPartAccess(entry) },
  dataSubject: ${p.camel}DataSubject,
  people: {},
  createModels: create${p.pascal}Models,
  createDataSources: create${p.pascal}DataSources,
};
`;
}
