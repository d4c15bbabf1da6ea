import { subgraphEntry } from '../catalog';
import { createTrainingSubgraph } from '../training/training-subgraph';

/** Perindustrian: industrial "3 in 1" training (training, certification, placement) at its BDI centres. */
export const perindustrian = createTrainingSubgraph({
  entry: subgraphEntry('perindustrian'),
  folder: __dirname,
  trainingCentersField: 'bdiTrainingCenters',
});
