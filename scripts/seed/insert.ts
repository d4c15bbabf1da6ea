import type { Model } from 'mongoose';
import { bumpVersion } from '../../subgraphs/runtime/versions/collection-versions';

/** True for a bulk-write error made only of duplicate keys: those documents are already there. */
function onlyDuplicates(err: unknown): err is { insertedDocs?: unknown[]; writeErrors?: { code?: number; err?: { code?: number } }[]; result?: { insertedCount?: number } } {
  const writeErrors = (err as { writeErrors?: { code?: number; err?: { code?: number } }[] }).writeErrors;
  return Array.isArray(writeErrors) && writeErrors.length > 0 && writeErrors.every((e) => (e.code ?? e.err?.code) === 11000);
}

/**
 * Inserts documents with deterministic ids, skipping those already present: seeding twice
 * writes nothing new, and seeding more workers adds only the missing ones.
 * Returns how many were inserted.
 */
export async function insertMissing(model: Model<any>, docs: readonly object[]): Promise<number> {
  if (docs.length === 0) return 0;
  try {
    const inserted = await model.insertMany(docs, { ordered: false });
    return inserted.length;
  } catch (err) {
    if (!onlyDuplicates(err)) throw err;
    const inserted = err.result?.insertedCount ?? docs.length - (err.writeErrors?.length ?? 0);
    // A write that failed in part runs no post hook: the new documents still change the counts.
    if (inserted > 0) await bumpVersion(model.db, model.collection.collectionName);
    return inserted;
  }
}
