/**
 * When to restart a crashed process and when to stop trying: the decisions only, no processes
 * and no timers, so they can be checked exactly.
 */
export interface RestartPolicyOptions {
  /** Wait before the first restart; doubled for each further crash in a row. */
  initialDelayMs: number;
  /** The wait never grows past this, so a process that keeps crashing is still retried often. */
  maxDelayMs: number;
  /**
   * Give up after this many exits in a row before the process became ready: it cannot start
   * (a port taken, a bad setting, a syntax error), and restarting it forever would hide that.
   */
  maxStartFailures: number;
  /**
   * A process that had been ready this long before it crashed was healthy: its next crash
   * waits the initial delay again rather than the delay grown by crashes long ago.
   */
  stableAfterMs: number;
}

/** 0.5 s, 1 s, 2 s, 4 s, 8 s, 10 s …; five failed starts in a row end it; 30 s up counts as healthy. */
export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = {
  initialDelayMs: 500,
  maxDelayMs: 10_000,
  maxStartFailures: 5,
  stableAfterMs: 30_000,
};

export type RestartDecision =
  | { restart: true; delayMs: number; crashes: number; startFailures: number }
  | { restart: false; crashes: number; startFailures: number };

/** One process's crash history. */
export class RestartPolicy {
  private crashes = 0;
  private startFailures = 0;

  constructor(private readonly options: RestartPolicyOptions = DEFAULT_RESTART_POLICY) {}

  /**
   * The process exited unexpectedly. `readyForMs` is how long it had been ready, or undefined
   * when it exited before it ever answered ready.
   */
  onExit(readyForMs: number | undefined): RestartDecision {
    if (readyForMs === undefined) {
      this.startFailures += 1;
    } else {
      // It started: the failed starts before were not "in a row" with whatever comes next.
      this.startFailures = 0;
      if (readyForMs >= this.options.stableAfterMs) this.crashes = 0;
    }
    this.crashes += 1;
    const counts = { crashes: this.crashes, startFailures: this.startFailures };
    if (this.startFailures >= this.options.maxStartFailures) return { restart: false, ...counts };
    const delayMs = Math.min(this.options.initialDelayMs * 2 ** (this.crashes - 1), this.options.maxDelayMs);
    return { restart: true, delayMs, ...counts };
  }
}
