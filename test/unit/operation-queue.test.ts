import { HttpError } from '../../lib/http/http-error';
import { operationQueue } from '../../lib/http/operation-queue';

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the operation queue', () => {
  it('runs at most its limit at once and gives turns in arrival order', async () => {
    const queue = operationQueue(2, 10);
    const started: number[] = [];
    const turns = [1, 2, 3, 4, 5].map((n) => queue.acquire().then(() => started.push(n)));
    await settle();
    expect(started).toEqual([1, 2]);
    queue.release();
    await settle();
    expect(started).toEqual([1, 2, 3]);
    queue.release();
    queue.release();
    await settle();
    expect(started).toEqual([1, 2, 3, 4, 5]);
    await Promise.all(turns);
  });

  it('refuses with 503 once its waiting line is full, and takes operations again when turns free up', async () => {
    const queue = operationQueue(1, 1);
    await queue.acquire();
    const second = queue.acquire();
    const refused = await queue.acquire().catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(HttpError);
    expect([(refused as HttpError).status, (refused as HttpError).code, (refused as HttpError).message]).toEqual([
      503,
      'SERVICE_UNAVAILABLE',
      'The gateway is at its limit of 1 operations at once, with 1 more waiting; retry shortly',
    ]);
    queue.release();
    await second;
    queue.release();
    // Nobody runs or waits now: the next operation starts at once.
    let started = false;
    void queue.acquire().then(() => (started = true));
    await settle();
    expect(started).toBe(true);
  });
});
