import type { Model } from 'mongoose';
import { currentVersion } from './collection-versions';

interface Kept {
  version: string;
  keptAt: number;
  value: unknown;
}

/** Enough for every filter the graph's clients repeat; the least recently used goes first. */
const MAX_ENTRIES = 10_000;
/**
 * Past this a kept answer is computed again even at the same version: a write whose version bump
 * failed (the writer was told it failed) is answered within a minute all the same.
 */
const MAX_AGE_MS = 60_000;

const kept = new Map<string, Kept>();

/** A key for a filter or pipeline: dates, ids and patterns spelled out, so no two filters share one. */
export function valueKey(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, plain) {
    const raw = this[key];
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (raw instanceof RegExp) return { $regex: raw.source, $flags: raw.flags };
    if (raw && typeof raw === 'object' && (raw as { _bsontype?: string })._bsontype === 'ObjectId') return { $oid: String(raw) };
    return plain;
  });
}

/**
 * A count or statistic of a versioned collection, kept in this process per question and write
 * version: while no write has bumped the version, a repeated question costs one `_id` lookup of
 * the version instead of a scan. The version is read before the answer is computed, so an answer
 * never outlives a write that finished before it was asked. Safe to lose: a new process asks the
 * database again.
 */
export async function byVersion<T>(model: Model<any>, question: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const version = await currentVersion(model);
  const key = `${model.db.name}/${model.collection.collectionName}/${question}`;
  const hit = keptAt(key, version, now);
  if (hit) return hit.value as T;
  const value = await compute();
  keep(key, version, value, now);
  return value;
}

/** The entry kept for `key` while still true at `version` (moved to the end: least recently used goes first). */
function keptAt(key: string, version: string, now: number): Kept | undefined {
  const hit = kept.get(key);
  if (!hit || hit.version !== version || now - hit.keptAt >= MAX_AGE_MS) return undefined;
  kept.delete(key);
  kept.set(key, hit);
  return hit;
}

function keep(key: string, version: string, value: unknown, now: number): void {
  kept.delete(key);
  kept.set(key, { version, keptAt: now, value });
  if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
}

/**
 * Documents as kept for many requests: frozen (plain objects and arrays, not ids or dates), so a
 * resolver that changed one would fail loudly instead of changing what the next caller is sent.
 */
function frozen<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) frozen(item);
    return Object.freeze(value);
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const item of Object.values(value)) frozen(item);
    return Object.freeze(value);
  }
  return value;
}

/**
 * `byVersion` for one question asked of many keys at once (a batch of a loader: the placements of
 * these workers): each key's answer is kept on its own at the collection's write version, and only
 * the keys not kept are computed, in one call. A batch whose every key is kept costs the version
 * lookup alone. The kept values are frozen: they are shared by every request that asks.
 */
export async function byVersionEach<T>(
  model: Model<any>,
  question: string,
  keys: readonly string[],
  compute: (missing: readonly string[]) => Promise<ReadonlyMap<string, T>>,
  now = Date.now(),
): Promise<T[]> {
  const version = await currentVersion(model);
  const prefix = `${model.db.name}/${model.collection.collectionName}/${question}/`;
  const values: T[] = new Array(keys.length);
  const missing: string[] = [];
  keys.forEach((key, index) => {
    const hit = keptAt(prefix + key, version, now);
    if (hit) values[index] = hit.value as T;
    else missing.push(key);
  });
  if (missing.length === 0) return values;
  const computed = await compute(missing);
  keys.forEach((key, index) => {
    if (values[index] !== undefined || !computed.has(key)) return;
    values[index] = frozen(computed.get(key)!);
    keep(prefix + key, version, values[index], now);
  });
  return values;
}
