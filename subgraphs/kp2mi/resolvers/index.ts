import { DateScalar, DateTimeScalar } from '../../runtime/scalars';
import { Country } from './country';
import { JobOpening } from './job-opening';
import { Mutation } from './mutation';
import { Placement } from './placement';
import { Query } from './query';
import { Worker } from './worker';

export const resolvers = { Date: DateScalar, DateTime: DateTimeScalar, Query, Mutation, Worker, Placement, JobOpening, Country };
