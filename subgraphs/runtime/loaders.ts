import DataLoader from 'dataloader';
import type { Model } from 'mongoose';

export interface KeyLoaderOptions {
  /** The field the keys are matched against (`_id` by default). */
  field?: string;
  /** Turns a key into the stored value (e.g. a hex string into an ObjectId). */
  toStored?: (key: string) => unknown;
  projection?: Record<string, 0 | 1>;
}

/**
 * One `find({ field: { $in: keys } })` per batch, whatever the number of keys, values
 * returned in key order with `null` for a key that matches nothing (DataLoader's contract).
 * Created per request, so its cache never outlives one operation or crosses users.
 */
export function keyLoader<TDoc>(model: Model<any>, options: KeyLoaderOptions = {}): DataLoader<string, TDoc | null> {
  const field = options.field ?? '_id';
  const toStored = options.toStored ?? ((key: string) => key);
  return new DataLoader<string, TDoc | null>(async (keys) => {
    const docs = (await model.find({ [field]: { $in: keys.map(toStored) } }, options.projection).lean()) as Record<string, unknown>[];
    const byKey = new Map(docs.map((doc) => [String(doc[field]), doc as TDoc]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
