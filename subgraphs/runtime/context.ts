import type { Identity } from '../../lib/identity';
import type { Logger } from '../../lib/logger';

/** The per-request context every subgraph resolver receives. */
export interface SubgraphContext<TSources> {
  dataSources: TSources;
  requestId: string;
  /** Who is asking, as the gateway verified and signed it. */
  identity: Identity;
  logger: Logger;
}
