import autocannon from 'autocannon';
import type { BenchOperation } from './contract-questions';
import { requestBody } from './load';

/** The traffic of one row of the soak: the responses that arrived in its time. */
export interface RowTraffic {
  /** Where the row ends, in seconds since the load started: its planned end, or when the load was stopped. */
  endSeconds: number;
  seconds: number;
  requests: number;
  /** Not HTTP 200, GraphQL errors in the answer, timeouts and connection errors. */
  errors: number;
  latencies: number[];
  /** The first few failed answers, as `status body`, cut short: what the errors were. */
  failures: string[];
}

export interface SteadyLoadOptions {
  url: string;
  headers: Record<string, string>;
  operations: BenchOperation[];
  /** Requests started per second, whatever the answers' latency (up to one connection per request per second). */
  ratePerSecond: number;
  seconds: number;
  rowSeconds: number;
  /** Called as each row's time ends (the last row's at `seconds`, or when `signal` stops the load early). */
  onRow(row: RowTraffic, index: number): void;
  signal: AbortSignal;
}

/**
 * autocannon limits a rate per connection per second and starts its connections together, so
 * one instance sends each second's requests at once at the start of that second. The rate is
 * split over up to this many instances, started evenly through the first second, so requests
 * arrive spread over each second as users' would.
 */
const MAX_WAVES = 20;

const emptyRow = (): RowTraffic => ({ endSeconds: 0, seconds: 0, requests: 0, errors: 0, latencies: [], failures: [] });
const KEPT_FAILURES = 5;

/**
 * Sends the operations at a fixed rate for `seconds`, with each request's own variables, and
 * hands the traffic over row by row. Each instance starts at another operation, so the waves of
 * one second do not all send the same one.
 */
export async function steadyLoad(options: SteadyLoadOptions): Promise<void> {
  const { operations, rowSeconds, seconds } = options;
  const counters = operations.map(() => 0);
  const started = performance.now();
  let current = emptyRow();
  let rowStarted = started;
  let rowIndex = 0;
  const closeRow = (endSeconds: number) => {
    const now = performance.now();
    const row = { ...current, endSeconds, seconds: (now - rowStarted) / 1000 };
    current = emptyRow();
    rowStarted = now;
    options.onRow(row, rowIndex++);
  };
  // Rows end on the clock, the last one too: what arrives after it (answers in flight) is not counted.
  const rows = Math.ceil(seconds / rowSeconds - 1e-9);
  let timers: NodeJS.Timeout[] = [];
  const ended = new Promise<void>((resolve) => {
    let done = false;
    const end = (endSeconds: number) => {
      if (done) return;
      done = true;
      for (const timer of timers) clearTimeout(timer);
      closeRow(endSeconds);
      resolve();
    };
    timers = Array.from({ length: rows }, (_, i) => {
      const endSeconds = Math.min((i + 1) * rowSeconds, seconds);
      return setTimeout(() => (i === rows - 1 ? end(endSeconds) : closeRow(endSeconds)), endSeconds * 1000);
    });
    options.signal.addEventListener('abort', () => end((performance.now() - started) / 1000));
  });

  const fail = (failure: string) => {
    current.errors += 1;
    if (current.failures.length < KEPT_FAILURES) current.failures.push(failure);
  };
  const instances: autocannon.Instance[] = [];
  const wave = (rate: number, first: number) =>
    new Promise<void>((resolve, reject) => {
      const order = operations.map((_, i) => (i + first) % operations.length);
      const instance = autocannon(
        {
          url: options.url,
          method: 'POST',
          // Stopped when the last row ends; the duration is only a bound.
          duration: seconds + 60,
          connections: rate,
          overallRate: rate,
          headers: { 'content-type': 'application/json', ...options.headers },
          requests: order.map((index) => ({
            setupRequest: (request: autocannon.Request) => ({ ...request, body: requestBody(operations[index]!, counters[index]!++, 'query') }),
            onResponse: (status: number, body: string) => {
              if (status !== 200 || body.includes('"errors"')) fail(`${status} ${body.slice(0, 300)}`);
            },
          })),
          setupClient: (client: autocannon.Client) => {
            client.on('response', (_status: number, _bytes: number, responseTime: number) => {
              current.requests += 1;
              current.latencies.push(responseTime);
            });
          },
        },
        (err) => (err ? reject(err) : resolve()),
      );
      instance.on('reqError', (err: Error) => {
        current.requests += 1;
        fail(err.message);
      });
      instances.push(instance);
    });
  const waves = Math.min(options.ratePerSecond, MAX_WAVES);
  const runs: Promise<void>[] = [];
  const starts = Array.from({ length: waves }, (_, n) => {
    const rate = Math.floor(options.ratePerSecond / waves) + (n < options.ratePerSecond % waves ? 1 : 0);
    return setTimeout(() => runs.push(wave(rate, n)), (n * 1000) / waves);
  });
  await ended;
  for (const timer of starts) clearTimeout(timer);
  for (const instance of instances) instance.stop();
  await Promise.all(runs);
}
