import { subgraphEntry } from '../catalog';
import { createTrainingSubgraph } from '../training/training-subgraph';
import type { TrainingMinistry } from '../training/training-ministry';

/** ESDM's training in energy and mining, under the contract's `Energy…` names. */
export const ESDM_TRAINING: TrainingMinistry = {
  entry: subgraphEntry('esdm'),
  folder: __dirname,
  ministry: 'ESDM',
  names: {
    courseType: 'EnergyCourse',
    enrollmentType: 'EnergyEnrollment',
    trainingCentersQuery: 'esdmTrainingCenters',
    coursesQuery: 'energyCourses',
    courseQuery: 'energyCourse',
    enrollMutation: 'enrollInEnergyCourse',
    completeMutation: 'completeEnergyCourse',
    workerEnrollments: 'energyEnrollments',
    workerCertificates: 'energyCertificates',
    recommendedCourses: 'recommendedEnergyCourses',
  },
  courseSectors: ['ENERGY', 'MINING'],
  // Each unit's LSP carries the unit's short name (the bracketed part of its name), e.g. `LSP PPSDM Migas`.
  lspName: (center) => `LSP ${/\(([^)]+)\)$/.exec(center.name)?.[1] ?? center.name}`,
};

/** ESDM: vocational training in energy and mining at the ministry's training units. */
export const esdm = createTrainingSubgraph(ESDM_TRAINING);
