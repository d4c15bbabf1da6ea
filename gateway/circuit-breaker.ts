/** When a subgraph's breaker opens, and for how long (README, "When a ministry's subgraph fails"). */
export interface BreakerSettings {
  /** Share of failed fetches in the window that opens the breaker (0.5: half of them). */
  failureRatio: number;
  /** Fewest fetches in the window before the ratio counts: two failures out of two say little. */
  minimumFetches: number;
  windowMs: number;
  /** How long an open breaker fails fetches at once before it lets one probe through. */
  coolDownMs: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

/** What the breaker did, for the log. */
export interface BreakerChange {
  subgraph: string;
  from: BreakerState;
  to: BreakerState;
  failures: number;
  fetches: number;
}

/**
 * A circuit breaker for one subgraph, a small state machine (no library fitted the fetch the
 * gateway already has: they wrap a function whose rejection is the failure, and a 503 is an
 * answer here):
 * - closed: every fetch goes; each outcome is counted over the last `windowMs`; once at least
 *   `minimumFetches` were counted and `failureRatio` of them failed, it opens;
 * - open: fetches fail at once, without asking the subgraph, for `coolDownMs`; then half-open;
 * - half-open: one fetch goes as a probe (the others fail at once); its success closes the
 *   breaker, its failure opens it for another cool-down.
 * Per gateway process and safe to lose: a replica that restarts starts closed and learns again.
 */
export class CircuitBreaker {
  private state: BreakerState = 'closed';
  /** The outcomes of the window, oldest first from `first`, with the failures among them counted as they come and go: recording one is O(1), however many fetches a window holds. */
  private outcomes: { at: number; failed: boolean }[] = [];
  private first = 0;
  private failures = 0;
  private openedAt = 0;
  private probing = false;

  constructor(
    private readonly subgraph: string,
    private readonly settings: BreakerSettings,
    private readonly onChange: (change: BreakerChange) => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a fetch may go now; a true in half-open makes that fetch the probe. */
  allow(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open') {
      if (this.now() - this.openedAt < this.settings.coolDownMs) return false;
      this.move('half-open');
    }
    if (this.probing) return false;
    this.probing = true;
    return true;
  }

  /** The outcome of a fetch that `allow` let go. */
  record(failed: boolean): void {
    const at = this.now();
    if (this.state === 'half-open') {
      this.probing = false;
      if (failed) this.open(at);
      else this.move('closed');
      // A probe's verdict starts a new count.
      this.forget();
      return;
    }
    if (this.state === 'open') return; // a fetch that went before it opened
    while (this.first < this.outcomes.length && at - this.outcomes[this.first]!.at >= this.settings.windowMs) {
      if (this.outcomes[this.first]!.failed) this.failures--;
      this.first++;
    }
    // Drop the expired head once it is most of the array, so memory follows the window.
    if (this.first > 1024 && this.first * 2 > this.outcomes.length) {
      this.outcomes = this.outcomes.slice(this.first);
      this.first = 0;
    }
    this.outcomes.push({ at, failed });
    if (failed) this.failures++;
    const fetches = this.outcomes.length - this.first;
    if (fetches >= this.settings.minimumFetches && this.failures >= this.settings.failureRatio * fetches) this.open(at);
  }

  private forget(): void {
    this.outcomes = [];
    this.first = 0;
    this.failures = 0;
  }

  /** Its state, and until when an open breaker fails fetches at once. */
  report(): { state: BreakerState; retryAt?: string } {
    if (this.state === 'open') return { state: this.state, retryAt: new Date(this.openedAt + this.settings.coolDownMs).toISOString() };
    return { state: this.state };
  }

  /** Seconds until an open breaker lets a probe through, for the words of its errors. */
  secondsToProbe(): number {
    return Math.max(0, Math.ceil((this.openedAt + this.settings.coolDownMs - this.now()) / 1000));
  }

  private open(at: number): void {
    this.openedAt = at;
    this.move('open');
  }

  private move(to: BreakerState): void {
    const from = this.state;
    if (from === to && to !== 'open') return;
    this.onChange({ subgraph: this.subgraph, from, to, failures: this.failures, fetches: this.outcomes.length - this.first });
    this.state = to;
  }
}

/** One breaker per subgraph name, shared by the gateways of successive supergraphs (like the connection pools). */
export class SubgraphBreakers {
  private readonly breakers = new Map<string, CircuitBreaker>();

  constructor(
    private readonly settings: BreakerSettings | null,
    private readonly onChange: (change: BreakerChange) => void,
  ) {}

  /** The subgraph's breaker, or null when breakers are off. */
  of(subgraph: string): CircuitBreaker | null {
    if (!this.settings) return null;
    let breaker = this.breakers.get(subgraph);
    if (!breaker) this.breakers.set(subgraph, (breaker = new CircuitBreaker(subgraph, this.settings, this.onChange)));
    return breaker;
  }

  /** Each subgraph's breaker state, for `/health/ready`. */
  report(): Record<string, ReturnType<CircuitBreaker['report']>> {
    return Object.fromEntries([...this.breakers].map(([name, breaker]) => [name, breaker.report()]));
  }
}
