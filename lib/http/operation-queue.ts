import { HttpError } from './http-error';

/** Turns for running operations: at most `limit` at once, the rest waiting in arrival order. */
export interface OperationQueue {
  /**
   * Resolves when it is this operation's turn, with how to end the turn (handing it to the
   * longest-waiting operation); refuses at once with 503 and `Retry-After` when `maxWaiting`
   * already wait or its wait would be longer than `maxWaitMs`.
   */
  acquire(): Promise<() => void>;
  /** While it has refused operations without a calm second for at least `unreadyAfterMs`: since when, and how many. */
  shedding(now?: number): { sinceMs: number; refused: number } | null;
}

export interface OperationQueueOptions {
  /** Operations executed at once. */
  limit: number;
  /** Operations that may wait for a turn; one more is refused. */
  maxWaiting: number;
  /**
   * The longest wait a newcomer is let in for: its wait is foreseen from its place in line and
   * how long operations have been taking, so the bound holds whatever the capacity.
   */
  maxWaitMs: number;
  /** How long refusals must go on before `shedding` reports it (0: never). */
  unreadyAfterMs: number;
}

/** A second without a refusal ends a spell of shedding. */
export const CALM_MS = 1000;

/** What a refused caller is told to wait before it tries again (the spell of shedding it may meet is about this long). */
export const RETRY_AFTER_SECONDS = 1;

/**
 * When the subgraphs' database is saturated, every operation started on top of it only slows
 * the others: they share its CPU, and the largest is stretched most. Holding the excess here, in
 * order, lets the admitted ones finish at full speed (README, "Performance", `npm run bench:limits`).
 * The line is bounded by time as well as length, so a wait stays about `maxWaitMs` whether the
 * operations take 5 ms or 500, and the excess beyond it is refused at once: a fast 503 the caller
 * or its load balancer can act on, rather than a slow timeout.
 */
export function operationQueue(options: OperationQueueOptions): OperationQueue {
  const { limit, maxWaiting, maxWaitMs, unreadyAfterMs } = options;
  let running = 0;
  const waiting: ((release: () => void) => void)[] = [];
  // How long an operation holds its turn, smoothed, once one has finished (`measured`). Kept apart:
  // operations answered within the clock's millisecond hold their turn "0 ms", which is a measure.
  let turnMs = 0;
  let measured = false;
  let spell: { start: number; last: number; refused: number } | undefined;
  const refuse = (now: number) => {
    if (!spell || now - spell.last > CALM_MS) spell = { start: now, last: now, refused: 0 };
    spell.last = now;
    spell.refused += 1;
    return Promise.reject(
      new HttpError(
        503,
        'SERVICE_UNAVAILABLE',
        `The gateway is at its limit of ${limit} operations at once and cannot start one more within ${maxWaitMs} ms; retry in ${RETRY_AFTER_SECONDS} s`,
        {},
        { 'retry-after': String(RETRY_AFTER_SECONDS) },
      ),
    );
  };
  /** A turn, started now: ending it hands it to the next in line (so `running` stays the same) or frees it. */
  const turn = (): (() => void) => {
    const started = Date.now();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const held = Date.now() - started;
      turnMs = measured ? 0.8 * turnMs + 0.2 * held : held;
      measured = true;
      const next = waiting.shift();
      if (next) next(turn());
      else running -= 1;
    };
  };
  return {
    acquire() {
      if (running < limit) {
        running += 1;
        return Promise.resolve(turn());
      }
      const now = Date.now();
      // With `limit` turns, the line moves one place per turnMs / limit. Before any operation has
      // finished there is no measure of that: at most `limit` wait.
      const foreseenMs = ((waiting.length + 1) * turnMs) / limit;
      if (waiting.length >= maxWaiting || foreseenMs > maxWaitMs || (!measured && waiting.length >= limit)) return refuse(now);
      return new Promise<() => void>((resolve) => waiting.push(resolve));
    },
    shedding(now = Date.now()) {
      if (unreadyAfterMs === 0 || !spell || now - spell.last > CALM_MS || spell.last - spell.start < unreadyAfterMs) return null;
      return { sinceMs: now - spell.start, refused: spell.refused };
    },
  };
}
