import type { SubgraphDefinition } from '../runtime/definition';
import { auditPartResolvers } from '../runtime/audit/audit-trail';
import { dataSubjectPartAccess, dataSubjectPartResolver } from '../runtime/privacy/data-subject-part-field';
import { loadSchema } from '../runtime/schema';
import { trainingAccess, trainingDataSubject, trainingPeople } from './access';
import { createTrainingDataSources, type TrainingDataSources } from './data-sources';
import { createTrainingModels, type TrainingModels } from './models';
import { createTrainingResolvers } from './resolvers';
import type { TrainingMinistry } from './training-ministry';

export type { TrainingModels } from './models';
export type { TrainingMinistry } from './training-ministry';

/** A ministry's training subgraph: the shared implementation under the ministry's names, schema file and database. */
export function createTrainingSubgraph(ministry: TrainingMinistry): SubgraphDefinition<TrainingModels, TrainingDataSources> {
  return {
    entry: ministry.entry,
    typeDefs: loadSchema(ministry.folder),
    resolvers: (() => {
      const own = createTrainingResolvers(ministry);
      return { ...own, ...auditPartResolvers(ministry.entry), Mutation: { ...own.Mutation, ...dataSubjectPartResolver(ministry.entry, (sources: TrainingDataSources) => sources.personalData) } };
    })(),
    access: { ...trainingAccess(ministry.names), ...dataSubjectPartAccess(ministry.entry) },
    dataSubject: trainingDataSubject(ministry.names),
    people: trainingPeople(ministry.names),
    createModels: (connection) => createTrainingModels(connection, ministry.courseSectors),
    createDataSources: (models, { graph }) => createTrainingDataSources(ministry, models, graph),
  };
}
