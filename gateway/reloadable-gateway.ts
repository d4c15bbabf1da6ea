import type { ApolloGateway } from '@apollo/gateway';
import type {
  GatewayApolloConfig,
  GatewayExecutor,
  GatewayInterface,
  GatewayLoadResult,
  GatewaySchemaLoadOrUpdateCallback,
  GatewayUnsubscriber,
} from '@apollo/server-gateway-interface';
import { assertValidSchema, type GraphQLSchema } from 'graphql';
import type { SupergraphFile } from './supergraph-file';

/** The supergraph the gateway serves, where it reaches that supergraph's subgraphs, and since when. */
export interface ServedSupergraph {
  supergraph: SupergraphFile;
  /** Subgraph name → URL the gateway sends its fetches to. */
  routes: Record<string, string>;
  loadedAt: Date;
  /** Its API schema: what clients may ask (the export plans its walks over it). */
  schema: GraphQLSchema;
}

export interface ReloadableGatewayOptions {
  /** Where each subgraph of a supergraph is reached. */
  routes(supergraph: SupergraphFile): Record<string, string>;
  /** A gateway over one supergraph, sending its fetches to `routes`. */
  build(supergraph: SupergraphFile, routes: Record<string, string>): ApolloGateway;
}

interface Version extends ServedSupergraph {
  gateway: ApolloGateway;
}

/**
 * The gateway Apollo Server runs: one @apollo/gateway per supergraph, the newest serving new
 * operations. A new supergraph is loaded into a gateway of its own (schema, query planner, data
 * sources, plan cache) while the current one keeps serving; only when that load succeeds is it
 * handed to Apollo Server, which validates each operation against the schema current when the
 * operation arrived. Each operation is then executed by the gateway of the schema it was validated
 * against, so an operation running during a swap finishes on the supergraph it started on.
 *
 * @apollo/gateway's own `update()` (a SupergraphManager) swaps its schema, planner and data
 * sources in place: an operation validated against the old schema could be planned by the new
 * planner, and a supergraph that fails after its data sources were replaced (building the API
 * schema or the planner) would leave the gateway half updated.
 */
export class ReloadableGateway implements GatewayInterface {
  private current: Version | undefined;
  private apollo: GatewayApolloConfig | undefined;
  private readonly listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  // Held only as long as Apollo Server or a running operation holds the schema.
  private readonly executors = new WeakMap<GraphQLSchema, GatewayExecutor>();

  constructor(
    private readonly first: SupergraphFile,
    private readonly options: ReloadableGatewayOptions,
  ) {}

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): GatewayUnsubscriber {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async load(options: { apollo: GatewayApolloConfig }): Promise<GatewayLoadResult> {
    this.apollo = options.apollo;
    await this.replace(this.first);
    return { executor: this.execute };
  }

  /**
   * Serves `supergraph` from the next operation on, or throws (the current one still serving)
   * when @apollo/gateway cannot load it: not a valid supergraph, or not one it can plan over.
   * One at a time: the reloader waits for each before the next.
   */
  async replace(supergraph: SupergraphFile): Promise<void> {
    const routes = this.options.routes(supergraph);
    const gateway = this.options.build(supergraph, routes);
    const { schema, executor } = await gateway.load({ apollo: this.apollo });
    // What Apollo Server checks before it takes a schema: a schema it would refuse is refused
    // here, before anything is swapped.
    assertValidSchema(schema);
    this.executors.set(schema, executor);
    // Apollo Server's listener swaps its schema-derived data (the schema, a new document store)
    // at once; the operations it is running keep theirs.
    for (const listener of this.listeners) listener({ apiSchema: schema, coreSupergraphSdl: supergraph.sdl });
    this.current = { supergraph, routes, loadedAt: new Date(), schema, gateway };
  }

  served(): ServedSupergraph {
    if (!this.current) throw new Error('The gateway has not loaded its supergraph yet');
    return this.current;
  }

  async stop(): Promise<void> {
    // Superseded gateways hold nothing to release: a gateway over a fixed supergraph polls nothing.
    await this.current?.gateway.stop();
  }

  private readonly execute: GatewayExecutor = (requestContext) => {
    const executor = this.executors.get(requestContext.schema);
    if (!executor) throw new Error('An operation was validated against a schema this gateway did not serve');
    return executor(requestContext);
  };
}
