import type { Connection } from 'mongoose';
import type { SubgraphEntry } from '../catalog';
import type { SubgraphContext } from '../runtime/context';
import type { SubgraphDefinition } from '../runtime/definition';
import { loadSchema } from '../runtime/schema';
import { trainingCenterModel, type TrainingCenterDoc } from './training-center-model';
import { TrainingCenterRepository } from './training-center-repository';

/**
 * ESDM and Perindustrian both train prospective PMI and certify them: one implementation,
 * configured with each ministry's names. Each keeps its own schema file (its public names
 * differ: `EnergyCourse` vs `IndustryCourse`) and its own database.
 */
export interface TrainingMinistry {
  entry: SubgraphEntry;
  /** Folder holding the ministry's `schema.graphql`. */
  folder: string;
  /** Root field listing the ministry's training centres, e.g. `esdmTrainingCenters`. */
  trainingCentersField: string;
}

export function createTrainingModels(connection: Connection) {
  return { TrainingCenter: trainingCenterModel(connection) };
}

export type TrainingModels = ReturnType<typeof createTrainingModels>;

export function createTrainingDataSources(models: TrainingModels) {
  return { trainingCenters: new TrainingCenterRepository(models) };
}

export type TrainingDataSources = ReturnType<typeof createTrainingDataSources>;
type TrainingContext = SubgraphContext<TrainingDataSources>;

export function createTrainingSubgraph(ministry: TrainingMinistry): SubgraphDefinition<TrainingModels, TrainingDataSources> {
  return {
    entry: ministry.entry,
    typeDefs: loadSchema(ministry.folder),
    resolvers: {
      Query: {
        [ministry.trainingCentersField]: (_: unknown, __: unknown, { dataSources }: TrainingContext) => dataSources.trainingCenters.all(),
      },
      TrainingCenter: {
        code: (center: TrainingCenterDoc) => center._id,
      },
    },
    createModels: createTrainingModels,
    createDataSources: createTrainingDataSources,
  };
}
