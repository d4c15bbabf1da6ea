import { subgraphEntry } from '../catalog';
import { createTrainingSubgraph } from '../training/training-subgraph';

/** ESDM: vocational training in energy and mining at the ministry's training units. */
export const esdm = createTrainingSubgraph({
  entry: subgraphEntry('esdm'),
  folder: __dirname,
  trainingCentersField: 'esdmTrainingCenters',
});
