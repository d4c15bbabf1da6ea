import { Types } from 'mongoose';
import type { PiiReadWindowDoc, PiiReadWindowModel } from './pii-read-window';

const HOUR_MS = 3600_000;
const DUPLICATE_KEY = 11000;
const SWEEP_EVERY_MS = 60_000;

/** When this process last removed expired windows, per collection: losing it only sweeps again. */
const lastSweep = new WeakMap<PiiReadWindowModel, number>();

function sweepExpired(model: PiiReadWindowModel, now: number): void {
  if (now - (lastSweep.get(model) ?? 0) < SWEEP_EVERY_MS) return;
  lastSweep.set(model, now);
  // Off the request's path: a failed sweep leaves old windows for the next one.
  model.deleteMany({ expiresAt: { $lt: new Date(now) } }).catch(() => undefined);
}

/**
 * Which of these people's personal data the caller may still read this hour: the first `limit`
 * people of the hour are admitted, whoever asks again later. One atomic update per request
 * (a page of a hundred workers included) appends the new people while the window has room;
 * a full window is only read. Array order is the order the database applied the updates in,
 * so two replicas admitting at once agree on who came first.
 */
export async function admitPersonalDataReads(model: PiiReadWindowModel, caller: string, workerIds: readonly string[], limit: number, now = Date.now()): Promise<Set<string>> {
  const hour = new Date(Math.floor(now / HOUR_MS) * HOUR_MS);
  const _id = `${caller}|${hour.toISOString()}`;
  const requested = new Set(workerIds);
  let window: PiiReadWindowDoc | null;
  try {
    window = await model.findOneAndUpdate(
      { _id, [`workers.${limit - 1}`]: { $exists: false } },
      { $addToSet: { workers: { $each: [...requested].map((id) => new Types.ObjectId(id)) } }, $setOnInsert: { expiresAt: new Date(hour.getTime() + 2 * HOUR_MS) } },
      { upsert: true, new: true, lean: true },
    );
  } catch (err) {
    // The window is full: the filter did not match, so the upsert tried to insert it again.
    if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
    window = await model.findById(_id).lean<PiiReadWindowDoc>();
  }
  sweepExpired(model, now);
  const admitted = (window?.workers ?? []).slice(0, limit).map(String);
  return new Set(admitted.filter((id) => requested.has(id)));
}
