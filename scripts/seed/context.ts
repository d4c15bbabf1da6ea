import type { Model } from 'mongoose';
import { progressBar } from '../lib/progress';
import { insertMissing } from './insert';
import type { WorkerSeed } from './workers';

/** What every subgraph's seeder gets: the fixed seed, the seeded workers, and a batched insert. */
export interface SeedContext {
  /** Fixed random seed; derive each generator's own seed from it (e.g. `seed + 1`). */
  seed: number;
  /** kp2mi's workers as seeded, for references to them (ids, statuses, provinces). */
  workers: readonly WorkerSeed[];
  /**
   * Inserts the documents that are not there yet (deterministic `_id`s make seeding
   * idempotent), in batches, with a progress bar. Returns how many were inserted.
   */
  insert(label: string, model: Model<any>, docs: readonly object[]): Promise<number>;
}

const BATCH = 1000;

export function createSeedContext(seed: number, workers: readonly WorkerSeed[], progress: boolean): SeedContext {
  return {
    seed,
    workers,
    async insert(label, model, docs) {
      const bar = progress && docs.length > BATCH ? progressBar(`seeding ${label}`, docs.length) : undefined;
      let inserted = 0;
      for (let start = 0; start < docs.length; start += BATCH) {
        inserted += await insertMissing(model, docs.slice(start, start + BATCH));
        bar?.tick(Math.min(start + BATCH, docs.length));
      }
      bar?.done();
      return inserted;
    },
  };
}
