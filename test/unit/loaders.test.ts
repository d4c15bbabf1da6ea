import { Types, type Model } from 'mongoose';
import { keyLoader } from '../../subgraphs/runtime/loaders';

interface FindCall {
  query: Record<string, unknown>;
  projection: unknown;
  limit?: number;
}

/**
 * A stand-in for a mongoose model that records every `find` (one per batch) and answers
 * an `$in` or equality query from its stored documents, in storage order rather than key order.
 */
function fakeModel(stored: Record<string, unknown>[]) {
  const finds: FindCall[] = [];
  const model = {
    find(query: FindCall['query'], projection: unknown) {
      const call: FindCall = { query, projection };
      finds.push(call);
      const [[field, condition]] = Object.entries(query) as [[string, unknown]];
      const values = condition !== null && typeof condition === 'object' && '$in' in condition ? (condition.$in as unknown[]) : [condition];
      const wanted = new Set(values.map(String));
      const result = { limit: (n: number) => ((call.limit = n), result), batchSize: () => result, lean: () => Promise.resolve(stored.filter((doc) => wanted.has(String(doc[field])))) };
      return result;
    },
  };
  return { model: model as unknown as Model<any>, finds };
}

const hex = (n: number): string => n.toString(16).padStart(24, '0');
const worker = (n: number) => ({ _id: new Types.ObjectId(hex(n)), fullName: `Pekerja ${n}` });

describe('keyLoader', () => {
  // Stored in reverse order, so a loader that returned documents as found would be caught.
  const stored = [worker(5), worker(4), worker(3), worker(2), worker(1)];
  const toStored = (id: string) => new Types.ObjectId(id);
  const projection = { fullName: 1 } as const;

  it('loads keys asked for in the same tick with one find, in key order', async () => {
    const { model, finds } = fakeModel(stored);
    const loader = keyLoader(model, { toStored, projection });
    const keys = [hex(2), hex(4), hex(1), hex(5), hex(3)];

    const docs = await Promise.all(keys.map((key) => loader.load(key)));

    expect(finds).toEqual([{ query: { _id: { $in: keys.map(toStored) } }, projection: { fullName: 1 }, limit: 5 }]);
    expect(docs).toEqual([worker(2), worker(4), worker(1), worker(5), worker(3)]);
  });

  it('answers null for a key that matches nothing', async () => {
    const { model } = fakeModel(stored);
    const loader = keyLoader(model, { toStored });

    const docs = await Promise.all([hex(1), hex(99), hex(3)].map((key) => loader.load(key)));

    expect(docs).toEqual([worker(1), null, worker(3)]);
  });

  it('asks the database once for a key loaded twice', async () => {
    const { model, finds } = fakeModel(stored);
    const loader = keyLoader(model, { toStored });

    const docs = await Promise.all([hex(1), hex(2), hex(1)].map((key) => loader.load(key)));

    expect(finds).toEqual([{ query: { _id: { $in: [toStored(hex(1)), toStored(hex(2))] } }, projection: undefined, limit: 2 }]);
    expect(docs).toEqual([worker(1), worker(2), worker(1)]);
  });

  it('serves cached keys from memory and fetches only new keys in a later tick', async () => {
    const { model, finds } = fakeModel(stored);
    const loader = keyLoader(model, { toStored });

    await Promise.all([loader.load(hex(1)), loader.load(hex(2))]);
    const later = await Promise.all([loader.load(hex(2)), loader.load(hex(3))]);

    expect(finds.map((call) => call.query)).toEqual([
      { _id: { $in: [toStored(hex(1)), toStored(hex(2))] } },
      // A batch of one key is an equality, which the embedded database answers by primary key.
      { _id: toStored(hex(3)) },
    ]);
    expect(later).toEqual([worker(2), worker(3)]);
  });

  it('matches on another field, keys passed through unchanged without toStored', async () => {
    const countries = [
      { _id: new Types.ObjectId(hex(10)), code: 'TW', name: 'Taiwan' },
      { _id: new Types.ObjectId(hex(11)), code: 'HK', name: 'Hong Kong' },
    ];
    const { model, finds } = fakeModel(countries);
    const loader = keyLoader(model, { field: 'code' });

    const docs = await Promise.all(['HK', 'XX', 'TW'].map((key) => loader.load(key)));

    expect(finds).toEqual([{ query: { code: { $in: ['HK', 'XX', 'TW'] } }, projection: undefined, limit: 3 }]);
    expect(docs).toEqual([countries[1], null, countries[0]]);
  });
});
