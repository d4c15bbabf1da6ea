import DataLoader from 'dataloader';
import type { Model } from 'mongoose';
import type { Filter } from './pagination';
import { byVersionEach, valueKey } from './versions/result-cache';
import { isVersioned } from './versions/versioned-collection';

export interface LoaderOptions {
  /** The field the keys are matched against (`_id` by default); unique for a `keyLoader`. */
  field?: string;
  /** Turns a key into the stored value (e.g. a hex string into an ObjectId). */
  toStored?: (key: string) => unknown;
  projection?: Record<string, 0 | 1>;
}

/**
 * Everything a batch matches comes back in the first reply (MongoDB's default first batch is
 * 101 documents, then a getMore per batch): one command per batch, whatever the page size.
 * Not larger: the embedded database sets aside room for the whole batch before it reads, and a
 * batch size of 1,000,000 cost about 3 ms of its CPU per command, even for a single match.
 */
export const WHOLE_BATCH = 10_000;

/**
 * One key is matched with equality, several with `$in`: the same single command either way,
 * and the embedded database answers an `_id` equality from its primary key instead of
 * reading the whole collection.
 */
function keysFilter(field: string, keys: readonly unknown[]): Filter {
  return keys.length === 1 ? { [field]: keys[0] } : { [field]: { $in: keys } };
}

/**
 * One `find` per batch, whatever the number of keys, values returned in key order with
 * `null` for a key that matches nothing (DataLoader's contract). Created per request, so its
 * cache never outlives one operation or crosses users. The field is unique, so the batch is
 * limited to its number of keys: the embedded database stops reading once it has them all,
 * and an `_id` equality with a limit cost it 2.5 ms of CPU instead of 4 (1,000 workers).
 */
export function keyLoader<TDoc>(model: Model<any>, options: LoaderOptions = {}): DataLoader<string, TDoc | null> {
  const field = options.field ?? '_id';
  const toStored = options.toStored ?? ((key: string) => key);
  return new DataLoader<string, TDoc | null>(async (keys) => {
    const query = model.find(keysFilter(field, keys.map(toStored)), options.projection).limit(keys.length).batchSize(keys.length);
    const docs = (await query.lean()) as Record<string, unknown>[];
    const byKey = new Map(docs.map((doc) => [String(doc[field]), doc as TDoc]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export interface GroupLoaderOptions extends LoaderOptions {
  /** Order of the documents within each group. */
  sort?: Record<string, 1 | -1>;
}

/**
 * The one-to-many side of a reference (a worker's placements, a business's products): one
 * `find` per batch, each key getting its documents (an empty list when it has none). For a
 * versioned collection each key's documents are kept by write version (`versions/result-cache.ts`):
 * the embedded database reads the whole collection for a filter on a field that is not `_id`, so a
 * key asked again before any write costs the version lookup instead of that scan. The documents
 * of a kept key are shared by the requests that ask it, and frozen.
 */
export function groupLoader<TDoc>(model: Model<any>, options: GroupLoaderOptions & { field: string }): DataLoader<string, TDoc[]> {
  const toStored = options.toStored ?? ((key: string) => key);
  const groupsOf = async (keys: readonly string[]): Promise<Map<string, TDoc[]>> => {
    let query = model.find(keysFilter(options.field, keys.map(toStored)), options.projection).batchSize(WHOLE_BATCH);
    if (options.sort) query = query.sort(options.sort);
    const docs = (await query.lean()) as Record<string, unknown>[];
    const groups = new Map<string, TDoc[]>(keys.map((key) => [key, []]));
    for (const doc of docs) {
      const value = doc[options.field];
      // A document may hold several keys (an array field such as a product's markets).
      for (const key of Array.isArray(value) ? value : [value]) groups.get(String(key))?.push(doc as TDoc);
    }
    return groups;
  };
  if (!isVersioned(model)) {
    return new DataLoader<string, TDoc[]>(async (keys) => {
      const groups = await groupsOf(keys);
      return keys.map((key) => groups.get(key)!);
    });
  }
  const question = `group:${valueKey([options.field, options.sort ?? null, options.projection ?? null])}`;
  return new DataLoader<string, TDoc[]>((keys) => byVersionEach(model, question, keys, groupsOf));
}
