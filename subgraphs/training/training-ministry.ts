import type { SubgraphEntry } from '../catalog';
import type { TrainingCenterDoc } from './models/training-center';

/** The contract's `Ministry` enum values of the ministries that train. */
export type TrainingMinistryCode = 'ESDM' | 'PERINDUSTRIAN';

/** kp2mi's `JobSector`: the job abroad a course prepares for. */
export type JobSector =
  | 'DOMESTIC_WORK'
  | 'CAREGIVING'
  | 'MANUFACTURING'
  | 'CONSTRUCTION'
  | 'PLANTATION'
  | 'FISHERIES'
  | 'HOSPITALITY'
  | 'ENERGY'
  | 'MINING'
  | 'OTHER';

/** The public names one ministry gives the shared training shapes (they differ per ministry in the contract). */
export interface TrainingNames {
  /** Object type implementing `Course`, e.g. `EnergyCourse`. */
  courseType: string;
  /** Enrollment object type, e.g. `EnergyEnrollment`. */
  enrollmentType: string;
  /** Query listing the training centres, e.g. `esdmTrainingCenters`. */
  trainingCentersQuery: string;
  /** Query paging through the courses, e.g. `energyCourses`. */
  coursesQuery: string;
  /** Query reading one course by id, e.g. `energyCourse`. */
  courseQuery: string;
  /** Mutation enrolling a worker, e.g. `enrollInEnergyCourse`. */
  enrollMutation: string;
  /** Mutation recording the result of a course, e.g. `completeEnergyCourse`. */
  completeMutation: string;
  /** `Worker` field listing the worker's enrollments, e.g. `energyEnrollments`. */
  workerEnrollments: string;
  /** `Worker` field listing the worker's certificates, e.g. `energyCertificates`. */
  workerCertificates: string;
  /** `JobOpening` field recommending courses for the opening's sector, e.g. `recommendedEnergyCourses`; absent when the ministry adds none. */
  recommendedCourses?: string;
}

/**
 * ESDM and Perindustrian both train prospective PMI and certify them: one implementation,
 * configured by this object. Each keeps its own schema file (its public names differ) and database.
 */
export interface TrainingMinistry {
  entry: SubgraphEntry;
  /** Folder holding the ministry's `schema.graphql`. */
  folder: string;
  ministry: TrainingMinistryCode;
  names: TrainingNames;
  /** Sectors the ministry's courses prepare for; a course of any other sector is refused by validation. */
  courseSectors: readonly JobSector[];
  /** Name of the certification body (LSP) that certifies at a centre, printed as a certificate's issuer. */
  lspName(center: TrainingCenterDoc): string;
}
