import { HttpError } from '../../lib/http/http-error';
import { operationQueue } from '../../lib/http/operation-queue';

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));
const statusOf = (attempt: Promise<unknown>) => attempt.then(() => 'started', (err: unknown) => (err as HttpError).status);

describe('the operation queue', () => {
  it('runs at most its limit at once and gives turns in arrival order', async () => {
    const queue = operationQueue({ limit: 2, maxWaiting: 10, maxWaitMs: 500, unreadyAfterMs: 2000 });
    const started: number[] = [];
    const ends: (() => void)[] = [];
    const turns = [1, 2, 3, 4].map((n) =>
      queue.acquire().then((end) => {
        started.push(n);
        ends.push(end);
      }),
    );
    await settle();
    expect(started).toEqual([1, 2]);
    ends[0]!();
    await settle();
    expect(started).toEqual([1, 2, 3]);
    ends[1]!();
    await settle();
    expect(started).toEqual([1, 2, 3, 4]);
    await Promise.all(turns);
  });

  it('ends a turn once, however often its end is called', async () => {
    const queue = operationQueue({ limit: 2, maxWaiting: 10, maxWaitMs: 500, unreadyAfterMs: 2000 });
    const [end] = await Promise.all([queue.acquire(), queue.acquire()]);
    const second = queue.acquire();
    const third = queue.acquire();
    end!();
    end!();
    await second;
    let thirdStarted = false;
    void third.then(() => (thirdStarted = true));
    await settle();
    expect(thirdStarted).toBe(false);
  });

  it('refuses with 503 and Retry-After once its waiting line is full, and takes operations again when turns free up', async () => {
    const queue = operationQueue({ limit: 1, maxWaiting: 1, maxWaitMs: 500, unreadyAfterMs: 2000 });
    const first = await queue.acquire();
    const second = queue.acquire();
    const refused = await queue.acquire().catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(HttpError);
    expect([(refused as HttpError).status, (refused as HttpError).code, (refused as HttpError).message, (refused as HttpError).headers]).toEqual([
      503,
      'SERVICE_UNAVAILABLE',
      'The gateway is at its limit of 1 operations at once and cannot start one more within 500 ms; retry in 1 s',
      { 'retry-after': '1' },
    ]);
    first();
    (await second)();
    // Nobody runs or waits now: the next operation starts at once.
    expect(await statusOf(queue.acquire())).toBe('started');
  });

  it('with no waiting line, refuses as soon as every turn is taken', async () => {
    const queue = operationQueue({ limit: 1, maxWaiting: 0, maxWaitMs: 500, unreadyAfterMs: 2000 });
    await queue.acquire();
    expect(await statusOf(queue.acquire())).toBe(503);
  });
});

describe('the wait', () => {
  afterEach(() => jest.useRealTimers());

  it('refuses a newcomer whose wait, foreseen from how long operations hold their turns, would pass maxWaitMs', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['setImmediate'] });
    const queue = operationQueue({ limit: 2, maxWaiting: 100, maxWaitMs: 1000, unreadyAfterMs: 2000 });
    // Two operations that held their turns 600 ms each: the line moves one place per 300 ms.
    const ends = await Promise.all([queue.acquire(), queue.acquire()]);
    jest.setSystemTime(600);
    for (const end of ends) end();
    await Promise.all([queue.acquire(), queue.acquire()]);
    // First in line 300 ms, second 600, third 900: let in. A fourth, 1200 ms: refused.
    const line = [queue.acquire(), queue.acquire(), queue.acquire()];
    expect(await statusOf(queue.acquire())).toBe(503);
    void line;
  });

  it('lets at most `limit` wait before any operation has finished, having no measure of the wait yet', async () => {
    const queue = operationQueue({ limit: 2, maxWaiting: 100, maxWaitMs: 1000, unreadyAfterMs: 2000 });
    await Promise.all([queue.acquire(), queue.acquire()]);
    void [queue.acquire(), queue.acquire()];
    expect(await statusOf(queue.acquire())).toBe(503);
  });

  it('lets operations wait behind turns held under a millisecond: a measure, not the lack of one', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['setImmediate'] });
    const queue = operationQueue({ limit: 2, maxWaiting: 100, maxWaitMs: 500, unreadyAfterMs: 2000 });
    // Answers within the clock's millisecond (kept answers, tiny lookups) hold their turns "0 ms".
    for (const end of await Promise.all([queue.acquire(), queue.acquire()])) end();
    await Promise.all([queue.acquire(), queue.acquire()]);
    const line = Array.from({ length: 10 }, () => statusOf(queue.acquire()));
    let settledCount = 0;
    for (const attempt of line) void attempt.then(() => (settledCount += 1));
    await settle();
    // Ten wait for their turn (none refused, none started yet).
    expect(settledCount).toBe(0);
  });

  it('lets operations wait again once they run faster', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['setImmediate'] });
    const queue = operationQueue({ limit: 1, maxWaiting: 100, maxWaitMs: 1000, unreadyAfterMs: 2000 });
    let end = await queue.acquire();
    jest.setSystemTime(5000);
    end();
    // One operation held its turn 5 s: nobody may wait behind the next.
    end = await queue.acquire();
    expect(await statusOf(queue.acquire())).toBe(503);
    // Many quick ones later, the smoothed turn is short again.
    for (let i = 0; i < 20; i += 1) {
      jest.setSystemTime(5010 + i * 10);
      end();
      end = await queue.acquire();
    }
    let refused = false;
    void queue.acquire().catch(() => (refused = true));
    await settle();
    expect(refused).toBe(false);
  });
});

describe('shedding', () => {
  afterEach(() => jest.useRealTimers());

  /** A queue with its one turn taken and nobody allowed to wait: every acquire is refused. */
  async function full(unreadyAfterMs: number) {
    jest.useFakeTimers({ now: 0, doNotFake: ['setImmediate'] });
    const queue = operationQueue({ limit: 1, maxWaiting: 0, maxWaitMs: 500, unreadyAfterMs });
    await queue.acquire();
    const refuseAt = async (ms: number) => {
      jest.setSystemTime(ms);
      await queue.acquire().catch(() => undefined);
    };
    return { queue, refuseAt };
  }

  it('is reported once refusals have gone on, no calm second between them, for unreadyAfterMs', async () => {
    const { queue, refuseAt } = await full(2000);
    for (let ms = 0; ms < 2000; ms += 250) await refuseAt(ms);
    expect(queue.shedding(1800)).toBeNull();
    await refuseAt(2000);
    expect(queue.shedding(2100)).toEqual({ sinceMs: 2100, refused: 9 });
    // A second without a refusal: ready again, and the next refusal starts a new spell.
    expect(queue.shedding(2000 + 1001)).toBeNull();
    await refuseAt(3500);
    expect(queue.shedding(3600)).toBeNull();
  });

  it('is not reported for refusals with calm seconds between them', async () => {
    const { queue, refuseAt } = await full(2000);
    for (const ms of [0, 1100, 2200, 3300]) await refuseAt(ms);
    expect(queue.shedding(3400)).toBeNull();
  });

  it('is never reported with unreadyAfterMs 0', async () => {
    const { queue, refuseAt } = await full(0);
    for (let ms = 0; ms <= 5000; ms += 100) await refuseAt(ms);
    expect(queue.shedding(5000)).toBeNull();
  });
});
