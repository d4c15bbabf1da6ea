import type { DocumentNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { Connection, Model, Types } from 'mongoose';
import type { AccessPolicy, PersonOf } from './access/policy';
import type { SubgraphEntry } from '../catalog';
import type { SubgraphContext } from './context';
import type { Logger } from '../../lib/logger';
import type { GraphClient } from './graph-client';
import type { PartSender } from './privacy/part-client';

/**
 * What a subgraph is, apart from how it is started: its schema and resolvers, the
 * mongoose models it keeps on its connection, and the per-request data sources
 * (repositories over DataLoaders) its resolvers call.
 */
export interface SubgraphDefinition<TModels extends Record<string, Model<any>>, TSources> {
  entry: SubgraphEntry;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<TSources>>;
  /** Who may read and write what (README, "Authorization"). */
  access: AccessPolicy;
  /** The worker a record returned by a mutation is about, for the audit trail; null when none. */
  dataSubject(typeName: string, record: Record<string, unknown>): Types.ObjectId | null;
  /** For each type with fields marked `@personal`, the person a record of it is about. */
  people: Record<string, PersonOf>;
  /** Called once per database connection. */
  createModels(connection: Connection): TModels;
  /** Called once per request: loaders live exactly as long as one operation. */
  createDataSources(models: TModels, context: DataSourceContext): TSources;
}

/** What a request gives its data sources beyond the models. */
export interface DataSourceContext {
  graph: GraphClient;
  logger: Logger;
  /** Sends another ministry's subgraph its part of a data-subject request (KP2MI's use). */
  sendPart: PartSender;
}

/** Erases the type parameters so the runtime can hold any subgraph's definition. */
export type AnySubgraphDefinition = SubgraphDefinition<Record<string, Model<any>>, unknown>;
