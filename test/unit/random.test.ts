import { createRandom } from '../../scripts/seed/random';

const draws = (seed: number, n: number): number[] => {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draws(42, 1000)).toEqual(draws(42, 1000));
  });

  it('gives a different sequence for a different seed', () => {
    const a = draws(42, 100);
    const b = draws(43, 100);
    expect(a.filter((x, i) => x === b[i]).length).toBeLessThan(5);
  });

  it('stays in [0, 1) with a mean near 1/2', () => {
    const xs = draws(7, 20_000);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.01);
  });

  it('draws integers over the whole inclusive range', () => {
    const rng = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const value = rng.int(-3, 3);
      expect(Number.isInteger(value) && value >= -3 && value <= 3).toBe(true);
      seen.add(value);
    }
    expect(seen.size).toBe(7);
    expect(() => rng.int(5, 4)).toThrow(RangeError);
  });

  it('picks every item and refuses an empty list', () => {
    const rng = createRandom(2);
    const seen = new Set(Array.from({ length: 500 }, () => rng.pick(['a', 'b', 'c'])));
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('draws weighted keys in proportion to their weights over 20k draws', () => {
    const weights = { HK: 50, TW: 30, MY: 15, JP: 5, NONE: 0 } as const;
    const rng = createRandom(3);
    const counts: Record<string, number> = {};
    const n = 20_000;
    for (let i = 0; i < n; i += 1) {
      const key = rng.weighted(weights);
      counts[key] = (counts[key] ?? 0) + 1;
    }
    for (const [key, weight] of Object.entries(weights)) {
      expect(Math.abs((counts[key] ?? 0) / n - weight / 100)).toBeLessThan(0.015);
    }
    expect(counts.NONE).toBeUndefined();
  });

  it('rejects weights without a positive total or with a negative weight', () => {
    const rng = createRandom(4);
    expect(() => rng.weighted({ a: 0 })).toThrow(RangeError);
    expect(() => rng.weighted({ a: 1, b: -1 })).toThrow(RangeError);
  });

  it('matches chance() to its probability', () => {
    const rng = createRandom(5);
    let hits = 0;
    for (let i = 0; i < 20_000; i += 1) if (rng.chance(0.3)) hits += 1;
    expect(Math.abs(hits / 20_000 - 0.3)).toBeLessThan(0.015);
  });

  it('returns UTC midnights within the bounds, both ends included', () => {
    const rng = createRandom(6);
    const from = new Date('2024-02-27T00:00:00Z');
    const to = new Date('2024-03-01T00:00:00Z');
    const seen = new Set<string>();
    for (let i = 0; i < 400; i += 1) {
      const date = rng.dateBetween(from, to);
      expect(date.getTime() % 86_400_000).toBe(0);
      expect(date >= from && date <= to).toBe(true);
      seen.add(date.toISOString().slice(0, 10));
    }
    expect([...seen].sort()).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(() => rng.dateBetween(to, from)).toThrow(RangeError);
  });
});
