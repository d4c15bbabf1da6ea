import type { Logger } from '../../lib/logger';

/** The per-request context every subgraph resolver receives. */
export interface SubgraphContext<TSources> {
  dataSources: TSources;
  requestId: string;
  logger: Logger;
}
