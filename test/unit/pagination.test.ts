import { GraphQLError } from 'graphql';
import mongoose, { Types, type Model } from 'mongoose';
import { decodeCursor, encodeCursor, paginate, pageSize, type Filter } from '../../subgraphs/runtime/pagination';

/** The error a function throws, so its message and extensions can be asserted whole. */
function errorOf(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (err) {
    if (err instanceof GraphQLError) return err;
    throw err;
  }
  throw new Error('expected a GraphQLError, nothing was thrown');
}

const oid = (suffix: string): Types.ObjectId => new Types.ObjectId(suffix.padStart(24, '0'));
const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
const rawCursor = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const W = 'Query.workers';

describe('pageSize', () => {
  it('is 20 when first is not given', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
  });

  it('accepts 0 and 100', () => {
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
  });

  it.each([
    [101, 'first must be at most 100; got 101. Page through the rest with after.'],
    [-1, 'first must be between 0 and 100; got -1'],
    [2.5, 'first must be between 0 and 100; got 2.5'],
  ])('rejects %p', (first, message) => {
    const err = errorOf(() => pageSize(first));
    expect(err.message).toBe(message);
    expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('encodeCursor / decodeCursor', () => {
  it.each<[string, unknown, unknown]>([
    ['a Date and an ObjectId', day('2025-10-08'), oid('a1')],
    ['a string', 'Siti Aminah', oid('a2')],
    ['a number', 42, 'HK'],
    ['an ObjectId as the sort value', oid('a3'), oid('a3')],
  ])('round-trips %s', (_label, sortValue, id) => {
    const [decodedValue, decodedId] = decodeCursor('Query.workers', encodeCursor('Query.workers', sortValue, id));
    // Strict, so a Date must come back a Date and an ObjectId an ObjectId.
    expect(decodedValue).toStrictEqual(sortValue);
    expect(decodedId).toStrictEqual(id);
  });

  it('writes a missing sort value as null', () => {
    expect(decodeCursor('Query.workers', encodeCursor('Query.workers', undefined, 'x'))).toEqual([null, 'x']);
  });

  it('gives different cursors for different positions', () => {
    expect(encodeCursor('Query.workers', day('2025-10-08'), oid('1'))).not.toBe(encodeCursor('Query.workers', day('2025-10-08'), oid('2')));
  });

  it.each([
    ['text that is not base64 JSON', 'not a cursor'],
    ['base64 of something that is not JSON', Buffer.from('hello').toString('base64url')],
    ['a JSON object instead of a pair', rawCursor({ value: 1, id: 'x' })],
    ['a position without its connection', rawCursor([1, 'x'])],
    ['a cursor of another connection', encodeCursor('Query.products', 'Batik Tulis', oid('1'))],
    ['a JSON array of four', rawCursor(['Query.workers', 1, 'x', 'y'])],
    ['a malformed ObjectId', rawCursor(['Query.workers', 1, { o: 'not-hex' }])],
    ['an object that is neither a date nor an id', rawCursor(['Query.workers', 1, {}])],
    ['a date that does not parse', rawCursor(['Query.workers', { d: 'garbage' }, 'x'])],
    ['a date given as a number', rawCursor(['Query.workers', { d: 5 }, 'x'])],
  ])('rejects %s as BAD_USER_INPUT on after', (_label, cursor) => {
    const err = errorOf(() => decodeCursor('Query.workers', cursor));
    expect(err.message).toBe('after is not a cursor returned by Query.workers');
    expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

interface Doc {
  _id: Types.ObjectId;
  registeredAt: Date;
}

interface FindCall {
  query: Filter;
  projection: unknown;
  sort?: unknown;
  limit?: number;
}

/**
 * A stand-in for a mongoose model: each `find` records its query, projection, sort and
 * limit and answers with the next prepared result (the documents the database would match,
 * in order), cut to the limit the way the database would.
 */
function fakeModel(results: Doc[][], count = 0) {
  const finds: FindCall[] = [];
  const counts: Filter[] = [];
  const model = {
    find(query: Filter, projection: unknown) {
      const call: FindCall = { query, projection };
      finds.push(call);
      const docs = results.shift() ?? [];
      const chain = {
        sort(sort: unknown) {
          call.sort = sort;
          return chain;
        },
        batchSize() {
          return this;
        },
        limit(limit: number) {
          call.limit = limit;
          return chain;
        },
        lean: () => Promise.resolve(docs.slice(0, call.limit)),
      };
      return chain;
    },
    countDocuments(filter: Filter) {
      counts.push(filter);
      return { exec: () => Promise.resolve(count) };
    },
  };
  return { model: model as unknown as Model<any>, finds, counts };
}

describe('paginate', () => {
  // Newest registration first; two workers registered on 2025-10-04 are ordered by _id.
  const workers: Doc[] = [
    { _id: oid('5'), registeredAt: day('2025-10-05') },
    { _id: oid('4'), registeredAt: day('2025-10-04') },
    { _id: oid('3'), registeredAt: day('2025-10-04') },
    { _id: oid('2'), registeredAt: day('2025-10-01') },
  ];
  const newestFirst = { field: 'registeredAt', direction: -1 } as const;
  const filter = { status: 'READY' };
  const projection = { registeredAt: 1 } as const;

  it('asks for one document more than the page and reports the next page', async () => {
    const { model, finds } = fakeModel([workers]);
    const page = await paginate<Doc>(model, { connection: W, filter, order: newestFirst, page: { first: 2 }, projection });

    expect(finds).toEqual([{ query: { status: 'READY' }, projection: { registeredAt: 1 }, sort: { registeredAt: -1, _id: -1 }, limit: 3 }]);
    expect(page.edges).toEqual([
      { cursor: encodeCursor(W, day('2025-10-05'), oid('5')), node: workers[0] },
      { cursor: encodeCursor(W, day('2025-10-04'), oid('4')), node: workers[1] },
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(W, day('2025-10-04'), oid('4')) });
  });

  it('continues after the cursor with $lt on the field, then on _id for ties, within the filter', async () => {
    const { model, finds } = fakeModel([workers.slice(2)]);
    const after = encodeCursor(W, day('2025-10-04'), oid('4'));
    const page = await paginate<Doc>(model, { connection: W, filter, order: newestFirst, page: { first: 2, after }, projection });

    expect(finds).toEqual([
      {
        query: {
          $and: [
            { status: 'READY' },
            { $or: [{ registeredAt: { $lt: day('2025-10-04') } }, { registeredAt: day('2025-10-04'), _id: { $lt: oid('4') } }] },
          ],
        },
        projection: { registeredAt: 1 },
        sort: { registeredAt: -1, _id: -1 },
        limit: 3,
      },
    ]);
    expect(page.edges.map((edge) => edge.node)).toEqual([workers[2], workers[3]]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(W, day('2025-10-01'), oid('2')) });
  });

  it('uses $gt for an ascending order', async () => {
    const { model, finds } = fakeModel([[]]);
    const after = encodeCursor(W, 'Warung Bu Sri', oid('7'));
    await paginate(model, { connection: W, filter: {}, order: { field: 'name', direction: 1 }, page: { first: 10, after } });

    expect(finds).toEqual([
      {
        query: { $and: [{}, { $or: [{ name: { $gt: 'Warung Bu Sri' } }, { name: 'Warung Bu Sri', _id: { $gt: oid('7') } }] }] },
        projection: undefined,
        sort: { name: 1, _id: 1 },
        limit: 11,
      },
    ]);
  });

  it('pages on _id alone when the order is _id', async () => {
    const { model, finds } = fakeModel([[]]);
    await paginate(model, { connection: W, filter: {}, order: { field: '_id', direction: 1 }, page: { after: encodeCursor(W, oid('9'), oid('9')) } });

    expect(finds).toEqual([{ query: { $and: [{}, { _id: { $gt: oid('9') } }] }, projection: undefined, sort: { _id: 1 }, limit: 21 }]);
  });

  it('answers an empty page with a null endCursor', async () => {
    const { model } = fakeModel([[]]);
    const page = await paginate<Doc>(model, { connection: W, filter, order: newestFirst, page: {} });
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('asks for one document for first: 0, to tell whether records follow', async () => {
    const { model, finds } = fakeModel([workers, []]);
    const page = await paginate<Doc>(model, { connection: W, filter, order: newestFirst, page: { first: 0 } });
    expect(finds).toEqual([{ query: { status: 'READY' }, projection: undefined, sort: { registeredAt: -1, _id: -1 }, limit: 1 }]);
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
    const none = await paginate<Doc>(model, { connection: W, filter, order: newestFirst, page: { first: 0 } });
    expect(none.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('refuses a cursor whose values the model cannot cast as a bad cursor, not a fault', async () => {
    const model = { find: () => ({ sort: () => ({ limit: () => ({ batchSize: () => ({ lean: () => Promise.reject(new mongoose.Error.CastError('date', 'abc', 'registeredAt')) }) }) }) }) };
    await expect(paginate(model as unknown as Model<any>, { connection: W, filter, order: newestFirst, page: { after: rawCursor([W, 'abc', { o: '0'.repeat(24) }]) } })).rejects.toMatchObject({
      message: 'after is not a cursor returned by Query.workers',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });

  it('counts only when totalCount is called, with the filter and without the cursor', async () => {
    const { model, counts } = fakeModel([workers.slice(2)], 1234);
    const after = encodeCursor(W, day('2025-10-04'), oid('4'));
    const page = await paginate<Doc>(model, { connection: W, filter, order: newestFirst, page: { first: 2, after } });
    expect(counts).toEqual([]);

    await expect(page.totalCount()).resolves.toBe(1234);
    expect(counts).toEqual([{ status: 'READY' }]);
  });

  it('rejects a bad first or after before touching the model', async () => {
    const { model, finds } = fakeModel([workers]);
    await expect(paginate(model, { connection: W, filter, order: newestFirst, page: { first: 101 } })).rejects.toMatchObject({
      message: 'first must be at most 100; got 101. Page through the rest with after.',
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    await expect(paginate(model, { connection: W, filter, order: newestFirst, page: { after: 'garbage' } })).rejects.toMatchObject({
      message: 'after is not a cursor returned by Query.workers',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
    expect(finds).toEqual([]);
  });
});
