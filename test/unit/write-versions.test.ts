import { freshReads } from '../../gateway/write-versions';

/** A read the test finishes by hand, numbered in the order it started. */
function controlledReads() {
  const started: { n: number; finish: (value: string) => void; fail: (err: Error) => void }[] = [];
  const read = () =>
    new Promise<string>((resolve, reject) => {
      const n = started.length + 1;
      started.push({ n, finish: resolve, fail: reject });
    });
  return { started, read };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('fresh reads of the write versions', () => {
  it('never answers a caller with a read that began before it asked: callers during a read share the next one', async () => {
    const { started, read } = controlledReads();
    const reads = freshReads(read);
    const first = reads();
    const second = reads();
    const third = reads();
    expect(started).toHaveLength(1);
    started[0]!.finish('v1');
    expect(await first).toBe('v1');
    await tick();
    // The second read starts only once the first has ended, and answers both who came during it.
    expect(started).toHaveLength(2);
    started[1]!.finish('v2');
    expect(await Promise.all([second, third])).toEqual(['v2', 'v2']);
    // Nothing in flight: the next caller starts a read of its own.
    const fourth = reads();
    expect(started).toHaveLength(3);
    started[2]!.finish('v3');
    expect(await fourth).toBe('v3');
  });

  it('fails only the callers of a failed read; the next callers get the next read', async () => {
    const { started, read } = controlledReads();
    const reads = freshReads(read);
    const first = reads();
    const second = reads();
    started[0]!.fail(new Error('subgraph down'));
    await expect(first).rejects.toThrow('subgraph down');
    await tick();
    started[1]!.finish('v2');
    expect(await second).toBe('v2');
    expect(started).toHaveLength(2);
  });
});
