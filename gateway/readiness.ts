import { timedCheck, type ReadinessReport } from '../lib/http/health';
import type { OperationQueue } from '../lib/http/operation-queue';
import type { SubgraphBreakers } from './circuit-breaker';
import type { ServedSupergraph } from './reloadable-gateway';

/** The health URL of a subgraph served at `…/graphql`: same origin, `/health/ready`. */
export function healthUrl(graphqlUrl: string): string {
  return new URL('/health/ready', graphqlUrl).toString();
}

/** The gateway is ready when every subgraph says it is ready (and so its database is). */
export async function subgraphsReadiness(subgraphs: Record<string, string>, timeoutMs = 1500): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(subgraphs).map(async ([name, url]) => {
      const check = await timedCheck(async () => {
        const response = await fetch(healthUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
        if (!response.ok) throw new Error(`answered ${response.status}`);
      }, timeoutMs);
      return [name, check] as const;
    }),
  );
  return { ready: entries.every(([, check]) => check.ok), checks: Object.fromEntries(entries) };
}

/**
 * Ready when every subgraph of the served supergraph is and the gateway is not shedding load;
 * the report says which supergraph that is, since when, and the state of each subgraph's circuit
 * breaker (an open one fails its fetches at once). While the operation queue keeps refusing
 * operations the gateway answers unready at once, without asking the subgraphs: a load balancer
 * then sends its traffic to another replica, and a calm second makes it ready again.
 */
export async function gatewayReadiness(served: ServedSupergraph, breakers?: SubgraphBreakers, queue?: OperationQueue): Promise<ReadinessReport> {
  const details = { supergraph: { sha256: served.supergraph.sha256, loadedAt: served.loadedAt.toISOString() }, ...(breakers ? { breakers: breakers.report() } : {}) };
  const shedding = queue?.shedding();
  if (shedding) {
    const error = `shedding load: ${shedding.refused} operations refused with 503 in the last ${(shedding.sinceMs / 1000).toFixed(1)} s`;
    return { ready: false, checks: { load: { ok: false, error } }, details };
  }
  const report = await subgraphsReadiness(served.routes);
  return { ...report, details };
}
