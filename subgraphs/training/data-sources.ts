import { trainingPersonalData } from './personal-data-store';
import { Claims } from '../runtime/claims';
import type { GraphClient } from '../runtime/graph-client';
import { EnrollmentService } from './enrollment-service';
import type { TrainingModels } from './models';
import { CertificateRepository } from './repositories/certificate-repository';
import { CourseRepository } from './repositories/course-repository';
import { EnrollmentRepository } from './repositories/enrollment-repository';
import { TrainingCenterRepository } from './repositories/training-center-repository';
import type { TrainingMinistry } from './training-ministry';

/** Per-request repositories of a training subgraph (each holds its own loaders) and the enrollment rules over them. */
export function createTrainingDataSources(ministry: TrainingMinistry, models: TrainingModels, graph: GraphClient) {
  const claims = new Claims(models.Claim);
  const repositories = {
    trainingCenters: new TrainingCenterRepository(models),
    courses: new CourseRepository(models, ministry.courseSectors, `Query.${ministry.names.coursesQuery}`, claims),
    enrollments: new EnrollmentRepository(models),
    certificates: new CertificateRepository(models),
  };
  return { ...repositories, enrollmentService: new EnrollmentService(ministry, repositories, graph, claims), personalData: trainingPersonalData(models, ministry.names) };
}

export type TrainingDataSources = ReturnType<typeof createTrainingDataSources>;
