import type { Connection } from 'mongoose';
import { claimModel } from '../../runtime/claims';
import type { JobSector } from '../training-ministry';
import { certificateModel } from './certificate';
import { courseModel } from './course';
import { enrollmentModel } from './enrollment';
import { trainingCenterModel } from './training-center';

export function createTrainingModels(connection: Connection, courseSectors: readonly JobSector[]) {
  return {
    TrainingCenter: trainingCenterModel(connection),
    Course: courseModel(connection, courseSectors),
    Enrollment: enrollmentModel(connection),
    Certificate: certificateModel(connection),
    Claim: claimModel(connection),
  };
}

export type TrainingModels = ReturnType<typeof createTrainingModels>;
