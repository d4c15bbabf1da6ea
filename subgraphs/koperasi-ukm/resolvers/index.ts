import { DateScalar } from '../../../lib/graphql/scalars';
import { Business } from './business';
import { Country } from './country';
import { FinancingApplication } from './financing-application';
import { Mutation } from './mutation';
import { Product } from './product';
import { Query } from './query';
import { Worker } from './worker';

export const resolvers = { Date: DateScalar, Query, Mutation, Business, Product, FinancingApplication, Worker, Country };
