/**
 * Deterministic ObjectId strings for seeded documents: 8 hex digits of a timestamp (so ids
 * sort roughly by time, as real ObjectIds do), 2 of the kind of document, 14 of its index.
 * Unique per (kind, index); seeding twice produces the same ids.
 */
export function seedObjectId(time: Date, kind: number, index: number): string {
  const seconds = Math.max(0, Math.floor(time.getTime() / 1000));
  return seconds.toString(16).padStart(8, '0') + kind.toString(16).padStart(2, '0') + index.toString(16).padStart(14, '0');
}

/** Kinds of seeded documents, so ids of different collections never collide. */
export const ID_KIND = { placement: 0x01, jobOpening: 0x02, dataSubjectRequest: 0x03, business: 0x41, product: 0x42, financing: 0x43 } as const;

/** "Now" for seeded data: fixed, so the same seed gives the same statuses and dates whenever it runs. */
export const SEED_NOW = new Date('2026-11-01T00:00:00.000Z');

export const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
