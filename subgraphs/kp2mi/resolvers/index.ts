import { DateScalar, DateTimeScalar } from '../../../lib/graphql/scalars';
import { AuditTrail } from './audit-trail';
import { Country } from './country';
import { DataSubjectReport } from './data-subject-report';
import { JobOpening } from './job-opening';
import { Mutation } from './mutation';
import { Placement } from './placement';
import { Query } from './query';
import { Worker } from './worker';

export const resolvers = { Date: DateScalar, DateTime: DateTimeScalar, Query, Mutation, Worker, Placement, JobOpening, Country, AuditTrail, DataSubjectReport };
