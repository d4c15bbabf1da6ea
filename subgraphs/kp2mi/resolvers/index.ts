import { DateScalar, DateTimeScalar } from '../../../lib/graphql/scalars';
import { AuditTrail } from './audit-trail';
import { Country } from './country';
import { dataSubjectRequestResolvers } from './data-subject-request';
import { DataSubjectReport } from './data-subject-report';
import { JobOpening } from './job-opening';
import { Mutation } from './mutation';
import { Placement } from './placement';
import { Purpose } from './purpose';
import { Query } from './query';
import { Worker } from './worker';

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...dataSubjectRequestResolvers.Query },
  Mutation: { ...Mutation, ...dataSubjectRequestResolvers.Mutation },
  Worker,
  Placement,
  JobOpening,
  Country,
  AuditTrail,
  DataSubjectReport,
  Purpose,
  DataSubjectRequest: dataSubjectRequestResolvers.DataSubjectRequest,
  DataSubjectRequestPart: dataSubjectRequestResolvers.DataSubjectRequestPart,
};
