import { DateScalar } from '../../runtime/scalars';
import { Business } from './business';
import { Query } from './query';

export const resolvers = { Date: DateScalar, Query, Business };
