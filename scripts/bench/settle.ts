import { cpuMs } from './process-stats';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `pids` together use less than `quietShare` of one CPU over a quarter of a second,
 * or `maxMs` have passed; returns the milliseconds waited, or null if they never went quiet. A
 * load generator gives up on a slow request (autocannon after 10 s) but the gateway and the
 * database finish it: without this, one setting's leftovers would weigh on the next one's round.
 */
export async function settle(pids: number[], maxMs: number, quietShare = 0.1): Promise<number | null> {
  const started = performance.now();
  const intervalMs = 250;
  let before = pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
  while (performance.now() - started < maxMs) {
    await sleep(intervalMs);
    const now = pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
    if (now - before < quietShare * intervalMs) return performance.now() - started;
    before = now;
  }
  return null;
}
