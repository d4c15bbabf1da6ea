/**
 * A seeded pseudo-random generator (mulberry32) so seed data is the same on every machine and run.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, maxInclusive]. */
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /** A key drawn with probability proportional to its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A UTC midnight in [from, to], each day equally likely. */
  dateBetween(from: Date, to: Date): Date;
}

interface Cumulative {
  keys: readonly string[];
  /** Running totals of the weights, in the order of `keys`. */
  sums: Float64Array;
}

const DAY_MS = 86_400_000;

/** Weight tables are module constants reused for thousands of draws, so their running totals are built once per object. */
const cumulativeCache = new WeakMap<object, Cumulative>();

function cumulative(weights: Readonly<Record<string, number>>): Cumulative {
  const cached = cumulativeCache.get(weights);
  if (cached) return cached;
  const keys = Object.keys(weights);
  const sums = new Float64Array(keys.length);
  let total = 0;
  keys.forEach((key, i) => {
    const weight = weights[key];
    if (weight === undefined || !Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`Weight of "${key}" must be a finite number ≥ 0; got ${weight}`);
    }
    total += weight;
    sums[i] = total;
  });
  if (!(total > 0)) throw new RangeError('Weights must have a positive total');
  const entry = { keys, sums };
  cumulativeCache.set(weights, entry);
  return entry;
}

export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new RangeError(`Seed must be an integer; got ${seed}`);
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };

  const int = (min: number, maxInclusive: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(maxInclusive) || min > maxInclusive) {
      throw new RangeError(`int() needs integers min ≤ max; got ${min}, ${maxInclusive}`);
    }
    return min + Math.floor(next() * (maxInclusive - min + 1));
  };

  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
      const { keys, sums } = cumulative(weights);
      const target = next() * (sums[sums.length - 1] ?? 0);
      // Binary search for the first running total above the target.
      let low = 0;
      let high = sums.length - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((sums[mid] ?? 0) > target) high = mid;
        else low = mid + 1;
      }
      return keys[low] as T;
    },
    chance(p: number): boolean {
      return next() < p;
    },
    dateBetween(from: Date, to: Date): Date {
      const firstDay = Math.ceil(from.getTime() / DAY_MS);
      const lastDay = Math.floor(to.getTime() / DAY_MS);
      if (!(firstDay <= lastDay)) {
        throw new RangeError(`No UTC midnight between ${from.toISOString()} and ${to.toISOString()}`);
      }
      return new Date(int(firstDay, lastDay) * DAY_MS);
    },
  };
}
