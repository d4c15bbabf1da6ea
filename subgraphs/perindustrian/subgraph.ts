import { subgraphEntry } from '../catalog';
import { createTrainingSubgraph } from '../training/training-subgraph';
import type { TrainingMinistry } from '../training/training-ministry';

/** Perindustrian's "3 in 1" training, under the contract's `Industry…` names. */
export const PERINDUSTRIAN_TRAINING: TrainingMinistry = {
  entry: subgraphEntry('perindustrian'),
  folder: __dirname,
  ministry: 'PERINDUSTRIAN',
  names: {
    courseType: 'IndustryCourse',
    enrollmentType: 'IndustryEnrollment',
    trainingCentersQuery: 'bdiTrainingCenters',
    coursesQuery: 'industryCourses',
    courseQuery: 'industryCourse',
    enrollMutation: 'enrollInIndustryCourse',
    completeMutation: 'completeIndustryCourse',
    workerEnrollments: 'industryEnrollments',
    workerCertificates: 'industryCertificates',
  },
  courseSectors: ['MANUFACTURING', 'OTHER'],
  // Every BDI has its own LSP, named after the centre's city, e.g. `LSP BDI Medan`.
  lspName: (center) => `LSP BDI ${center.city}`,
};

/** Perindustrian: industrial "3 in 1" training (training, certification, placement) at its BDI centres. */
export const perindustrian = createTrainingSubgraph(PERINDUSTRIAN_TRAINING);
