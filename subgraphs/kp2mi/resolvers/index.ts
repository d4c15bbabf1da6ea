import { DateScalar, DateTimeScalar } from '../../runtime/scalars';
import { Country } from './country';
import { Query } from './query';
import { Worker } from './worker';

export const resolvers = { Date: DateScalar, DateTime: DateTimeScalar, Query, Worker, Country };
