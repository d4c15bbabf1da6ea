/** What the gateway knows about one request and passes on to the subgraphs. */
export interface GatewayContext {
  requestId: string;
}
