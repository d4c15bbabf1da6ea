import type { Connection } from 'mongoose';
import { headersFor, type Caller } from './support/callers';
import { gatewayClient, openDatabase } from './support/clients';

/** The default threshold (STATS_MIN_BUCKET_SIZE): buckets of fewer than 5 single people out. */
const THRESHOLD = 5;

let kp2mi: Connection;
let koperasi: Connection;
beforeAll(async () => {
  kp2mi = await openDatabase('kp2mi');
  koperasi = await openDatabase('koperasi_ukm');
});
afterAll(async () => {
  await kp2mi.close();
  await koperasi.close();
});

interface Bucket {
  key: string;
  count: number;
  totalAmountIdr?: number;
}

const byCount = (a: Bucket, b: Bucket) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function countBy(docs: Record<string, unknown>[], key: (doc: Record<string, unknown>) => string, amount?: string): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const doc of docs) {
    const bucket = buckets.get(key(doc)) ?? { key: key(doc), count: 0, ...(amount ? { totalAmountIdr: 0 } : {}) };
    bucket.count += 1;
    if (amount) bucket.totalAmountIdr! += doc[amount] as number;
    buckets.set(bucket.key, bucket);
  }
  return [...buckets.values()].sort(byCount);
}

/** What a caller without exact access must get, computed here from the raw counts. */
function suppressed(exact: Bucket[]): Bucket[] {
  const small = exact.filter((b) => b.count < THRESHOLD);
  if (small.length === 0) return exact;
  const sum = small.reduce((total, b) => total + b.count, 0);
  const withAmounts = exact[0]?.totalAmountIdr !== undefined;
  const merged: Bucket = sum >= THRESHOLD ? { key: 'OTHER', count: sum } : { key: 'SUPPRESSED', count: 0 };
  if (withAmounts) merged.totalAmountIdr = sum >= THRESHOLD ? small.reduce((total, b) => total + b.totalAmountIdr!, 0) : 0;
  return [...exact.filter((b) => b.count >= THRESHOLD), merged].sort(byCount);
}

const ANALYST: Caller = { ministry: 'KOPERASI_UKM', roles: ['analyst'], scope: 'pii:read' };
const OFFICER_WITH_PII: Caller = { ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read' };
const OFFICER_WITHOUT_PII: Caller = { ministry: 'KP2MI', roles: ['officer'] };

async function ask<T>(caller: Caller | null, query: string): Promise<T> {
  return gatewayClient(caller ? await headersFor(caller) : {}).request<T>(query);
}

describe('statistics that do not single people out', () => {
  it('merges the provinces with fewer than 5 workers for an analyst, and is exact for an officer with pii:read', async () => {
    const exact = countBy(await kp2mi.db!.collection('workers').find().toArray(), (w) => String(w.provinceCode));
    // The seeded data has small provinces, or this test would prove nothing.
    expect(exact.some((b) => b.count < THRESHOLD)).toBe(true);
    const query = '{ workerStats(by: PROVINCE) { key count } }';
    expect((await ask<{ workerStats: Bucket[] }>(OFFICER_WITH_PII, query)).workerStats).toEqual(exact);
    const forAnalyst = (await ask<{ workerStats: Bucket[] }>(ANALYST, query)).workerStats;
    expect(forAnalyst).toEqual(suppressed(exact));
    expect(forAnalyst.every((b) => b.count >= THRESHOLD || b.key === 'SUPPRESSED')).toBe(true);
    // Without pii:read an officer is in the same position as an analyst, and so is the public.
    expect((await ask<{ workerStats: Bucket[] }>(OFFICER_WITHOUT_PII, query)).workerStats).toEqual(suppressed(exact));
    expect((await ask<{ workerStats: Bucket[] }>(null, query)).workerStats).toEqual(suppressed(exact));
  });

  it('labels the merged bucket so a reader knows what it holds', async () => {
    const { workerStats } = await ask<{ workerStats: { key: string; label: string }[] }>(ANALYST, '{ workerStats(by: PROVINCE) { key label } }');
    const merged = workerStats.find((b) => b.key === 'OTHER' || b.key === 'SUPPRESSED')!;
    expect(merged.label).toMatch(/^(Other \(\d+ groups of fewer than 5 each\)|Suppressed \(groups of fewer than 5\))$/);
  });

  it('reports a single small group as SUPPRESSED with count 0, not as a count of one person', async () => {
    const worker = (await kp2mi.db!.collection('workers').findOne({}, { sort: { _id: 1 } }))!;
    const name = String(worker.fullName);
    const query = `{ workerStats(by: SEX, filter: { nameContains: ${JSON.stringify(name)} }) { key count } }`;
    const matching = (await kp2mi.db!.collection('workers').find({ fullName: name }).toArray()).length;
    expect(matching).toBeLessThan(THRESHOLD);
    expect((await ask<{ workerStats: Bucket[] }>(ANALYST, query)).workerStats).toEqual([{ key: 'SUPPRESSED', count: 0 }]);
    expect((await ask<{ workerStats: Bucket[] }>(OFFICER_WITH_PII, query)).workerStats.reduce((sum, b) => sum + b.count, 0)).toBeGreaterThanOrEqual(matching);
  });

  it('merges money sums with their buckets in financing statistics', async () => {
    const exact = countBy(await koperasi.db!.collection('financing_applications').find().toArray(), (f) => String(f.bank), 'amountIdr');
    expect(exact.some((b) => b.count < THRESHOLD)).toBe(true);
    const query = '{ financingStats(by: BANK) { key count totalAmountIdr } }';
    expect((await ask<{ financingStats: Bucket[] }>(OFFICER_WITH_PII, query)).financingStats).toEqual(exact);
    expect((await ask<{ financingStats: Bucket[] }>(ANALYST, query)).financingStats).toEqual(suppressed(exact));
  });
});
