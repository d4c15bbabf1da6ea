import type { SubgraphDefinition } from '../runtime/definition';
import { auditPartResolvers } from '../runtime/audit/audit-trail';
import { loadSchema } from '../runtime/schema';
import { trainingAccess, trainingDataSubject } from './access';
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
    resolvers: { ...createTrainingResolvers(ministry), ...auditPartResolvers(ministry.entry) },
    access: trainingAccess(ministry.names),
    dataSubject: trainingDataSubject(ministry.names),
    createModels: (connection) => createTrainingModels(connection, ministry.courseSectors),
    createDataSources: (models, { graph }) => createTrainingDataSources(ministry, models, graph),
  };
}
