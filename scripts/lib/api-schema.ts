import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';

/**
 * What clients see of a supergraph: its API schema, without the join and link machinery and
 * without `@inaccessible` elements. Feature support is the gateway's concern (it acknowledges the
 * features the subgraphs enforce); here only the shape matters, so no feature is refused.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
}
