import { DateScalar, DateTimeScalar } from '../../../lib/graphql/scalars';
import type { TrainingMinistry } from '../training-ministry';
import { competencyCertificateResolvers } from './competency-certificate';
import { courseResolvers } from './course';
import { Enrollment } from './enrollment';
import { jobOpeningResolvers } from './job-opening';
import { mutationResolvers } from './mutation';
import { queryResolvers } from './query';
import { TrainingCenter } from './training-center';
import { workerResolvers } from './worker';

/** The resolvers of one ministry's training subgraph, under that ministry's public names. */
export function createTrainingResolvers(ministry: TrainingMinistry) {
  const { names } = ministry;
  return {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: queryResolvers(ministry),
    Mutation: mutationResolvers(ministry),
    [names.courseType]: courseResolvers(ministry),
    [names.enrollmentType]: Enrollment,
    CompetencyCertificate: competencyCertificateResolvers(ministry),
    TrainingCenter,
    Worker: workerResolvers(ministry),
    ...(names.recommendedCourses ? { JobOpening: jobOpeningResolvers(names.recommendedCourses) } : {}),
  };
}
