import type { KoperasiContext } from './context';

/** kp2mi's worker as the gateway refers to it; its id is all this subgraph needs, so there is nothing to load. */
interface WorkerRef {
  id: string;
}

export const Worker = {
  businesses: (worker: WorkerRef, _: unknown, { dataSources }: KoperasiContext) => dataSources.businesses.ownedBy(worker.id),
};
