import type { Model, PipelineStage } from 'mongoose';
import type { Filter } from './pagination';

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

/**
 * Counts in the database (one `$match`/`$group` aggregation, a second one for a sum), never
 * by loading documents into the subgraph. Sorted by count descending, ties by key so the
 * order is stable.
 */
export async function countBy(model: Model<any>, options: CountByOptions): Promise<StatBucket[]> {
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
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
