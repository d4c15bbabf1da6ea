/** How the gateway fetches from one subgraph (README, "When a ministry's subgraph fails"). */
export interface SubgraphPolicy {
  /** Longest the subgraph may stay silent during one fetch. */
  timeoutMs: number;
  /** Attempts after the first for a query that failed to connect, timed out or got a 502/503/504; never for a mutation. */
  retries: number;
}

/** First wait before a retry; each next one doubles, every wait drawn between half and one and a half times it. */
const BASE_BACKOFF_MS = 50;

/** The wait before retry `attempt` (1, 2, …): jittered, so replicas retrying a recovering subgraph do not arrive together. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return Math.round(BASE_BACKOFF_MS * 2 ** (attempt - 1) * (0.5 + random()));
}
