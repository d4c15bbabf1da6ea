/**
 * Liveness and readiness. Live: the process answers. Ready: everything it depends on
 * answers too (the database for a subgraph, every subgraph for the gateway), so a load
 * balancer or the start script only sends traffic where it can be served.
 */
export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; error?: string; latencyMs?: number }>;
  /** More the process says about itself beside the checks (the gateway: the supergraph it serves). */
  details?: Record<string, unknown>;
}

export type ReadinessCheck = () => Promise<ReadinessReport>;

/** Runs a probe with a deadline, so a hung dependency reads as "not ready" rather than hanging the probe. */
export async function timedCheck(probe: () => Promise<unknown>, timeoutMs: number): Promise<{ ok: boolean; error?: string; latencyMs: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, error: (err as Error).message, latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}
