import type { Partner } from '../partner';

/** `resolvers/worker.ts`: what the subgraph adds to kp2mi's worker. */
export function workerResolversTemplate(p: Partner): string {
  return `import type { ${p.pascal}Context } from './context';

/** kp2mi's worker as the gateway refers to it; its id is all this subgraph needs, so there is nothing to load. */
interface WorkerRef {
  id: string;
}

export const Worker = {
  ${p.workerField}: (worker: WorkerRef, _: unknown, { dataSources }: ${p.pascal}Context) => dataSources.memberships.ofWorker(worker.id),
};
`;
}
