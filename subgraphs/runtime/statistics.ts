import type { Model, PipelineStage } from 'mongoose';
import type { Filter } from './pagination';
import { byVersion, valueKey } from './versions/result-cache';
import { isVersioned } from './versions/versioned-collection';

/** A statistics bucket of the contract: a key, its human label and a count. */
export interface StatBucket {
  key: string;
  label: string;
  count: number;
  /** Only for sums of money (financing statistics). */
  totalAmountIdr?: number;
}

export interface CountByOptions {
  filter: Filter;
  /** Field grouped on, e.g. `provinceCode`. */
  field: string;
  label: (key: string) => string;
  /** Also sum this numeric field per bucket (whole rupiah). */
  sumField?: string;
}

/** Largest bucket first, ties by key, so the order is stable. */
const byCountThenKey = (a: StatBucket, b: StatBucket) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Counts in the database (one `$match`/`$group` aggregation, a second one for a sum), never
 * by loading documents into the subgraph. Sorted by count descending, ties by key so the
 * order is stable. For a versioned collection the buckets are kept by write version
 * (`versions/result-cache.ts`): asked again before any write, they cost one version lookup.
 */
export async function countBy(model: Model<any>, options: CountByOptions): Promise<StatBucket[]> {
  if (!isVersioned(model)) return computeCountBy(model, options);
  const question = `countBy:${valueKey([options.filter, options.field, options.sumField ?? null])}`;
  // Copies: the kept buckets are shared by every request that asks the same question.
  return (await byVersion(model, question, () => computeCountBy(model, options))).map((bucket) => ({ ...bucket }));
}

async function computeCountBy(model: Model<any>, options: CountByOptions): Promise<StatBucket[]> {
  const groupBy = `$${options.field}`;
  const aggregate = (accumulator: unknown) =>
    model.aggregate([{ $match: options.filter }, { $group: { _id: groupBy, value: accumulator } as PipelineStage.Group['$group'] }]) as Promise<{ _id: unknown; value: number }[]>;
  // One accumulator per $group: FerretDB 1.24 fills only the first accumulator of a group stage.
  const [counts, sums] = await Promise.all([aggregate({ $sum: 1 }), options.sumField ? aggregate({ $sum: `$${options.sumField}` }) : Promise.resolve([])]);
  const totals = new Map(sums.map((row) => [String(row._id), row.value]));
  return counts
    .filter((row) => row._id !== null && row._id !== undefined)
    .map((row) => {
      const key = String(row._id);
      const bucket: StatBucket = { key, label: options.label(key), count: row.value };
      if (options.sumField) bucket.totalAmountIdr = totals.get(key) ?? 0;
      return bucket;
    })
    .sort(byCountThenKey);
}

export const OTHER_BUCKET_KEY = 'OTHER';
export const SUPPRESSED_BUCKET_KEY = 'SUPPRESSED';

/**
 * Statistics that do not single people out: buckets counting fewer than `threshold` are
 * merged into one `OTHER` bucket. When even the merged bucket is below the threshold, its
 * count would still point at a handful of people, so it is reported as `SUPPRESSED` with a
 * count of 0. Money sums of merged buckets are merged (or withheld) the same way.
 */
export function suppressSmallBuckets(buckets: StatBucket[], threshold: number): StatBucket[] {
  const kept = buckets.filter((bucket) => bucket.count >= threshold);
  const small = buckets.filter((bucket) => bucket.count < threshold);
  if (small.length === 0) return buckets;
  const count = small.reduce((sum, bucket) => sum + bucket.count, 0);
  const withSums = buckets.some((bucket) => bucket.totalAmountIdr !== undefined);
  const merged: StatBucket =
    count >= threshold
      ? { key: OTHER_BUCKET_KEY, label: `Other (${small.length} groups of fewer than ${threshold} each)`, count }
      : { key: SUPPRESSED_BUCKET_KEY, label: `Suppressed (groups of fewer than ${threshold})`, count: 0 };
  if (withSums) merged.totalAmountIdr = merged.key === OTHER_BUCKET_KEY ? small.reduce((sum, bucket) => sum + (bucket.totalAmountIdr ?? 0), 0) : 0;
  return [...kept, merged].sort(byCountThenKey);
}
