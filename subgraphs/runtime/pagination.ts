import { byVersion, valueKey } from './versions/result-cache';
import { isVersioned } from './versions/versioned-collection';
import { Error as MongooseError, Types, type Model } from 'mongoose';
import { DEFAULT_PAGE_SIZE, pageSizeProblem } from '../../lib/page-size';
import { badUserInput } from './errors';


/** A MongoDB filter built by a repository from typed arguments (never from raw user input). */
export type Filter = Record<string, unknown>;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A documented order; `_id` in the same direction breaks ties so pages never skip or repeat. */
export interface SortOrder {
  field: string;
  direction: 1 | -1;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** A function, so the count is only run when the operation selects `totalCount`. */
  totalCount: () => Promise<number>;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  const problem = pageSizeProblem(first);
  if (problem) throw badUserInput(problem, 'first');
  return first;
}

type CursorValue = string | number | boolean | null | { d: string } | { o: string };

function toCursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return { d: value.toISOString() };
  if (value instanceof Types.ObjectId) return { o: value.toHexString() };
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`cannot put a ${typeof value} into a cursor`);
}

function fromCursorValue(value: CursorValue): unknown {
  if (value === null || typeof value !== 'object') return value;
  if ('d' in value && typeof value.d === 'string') {
    const date = new Date(value.d);
    if (!Number.isNaN(date.getTime())) return date;
  }
  if ('o' in value && typeof value.o === 'string' && /^[0-9a-f]{24}$/.test(value.o)) return new Types.ObjectId(value.o);
  throw new Error('not a cursor value');
}

/**
 * A cursor names its connection (`Query.workers`, `Country.placements` …) beside the position, so
 * a cursor of another connection, or of another order, is refused as the caller's mistake instead
 * of being read as a position it never was.
 */
export function encodeCursor(connection: string, sortValue: unknown, id: unknown): string {
  return Buffer.from(JSON.stringify([connection, toCursorValue(sortValue), toCursorValue(id)])).toString('base64url');
}

function notACursor(connection: string): never {
  throw badUserInput(`after is not a cursor returned by ${connection}`, 'after');
}

export function decodeCursor(connection: string, cursor: string): [unknown, unknown] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return notACursor(connection);
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== connection) return notACursor(connection);
  try {
    return [fromCursorValue(parsed[1] as CursorValue), fromCursorValue(parsed[2] as CursorValue)];
  } catch {
    return notACursor(connection);
  }
}

/** The documents strictly after the cursor in the given order. */
export function keysetFilter(connection: string, order: SortOrder, after: string): Filter {
  const [value, id] = decodeCursor(connection, after);
  const beyond = order.direction === 1 ? '$gt' : '$lt';
  if (order.field === '_id') return { _id: { [beyond]: id } };
  return { $or: [{ [order.field]: { [beyond]: value } }, { [order.field]: value, _id: { [beyond]: id } }] };
}

/**
 * Runs a page's query. A cursor of this connection whose values were altered can still hold a
 * value the model cannot cast (a string where a date belongs): that is a bad cursor, not a fault.
 */
export async function readPage<T>(connection: string, query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (err) {
    if (err instanceof MongooseError.CastError) return notACursor(connection);
    throw err;
  }
}

export interface PaginateOptions {
  /** The connection's name in the schema (`Query.workers`), which its cursors carry. */
  connection: string;
  filter: Filter;
  order: SortOrder;
  page: PageArgs;
  /** Fields to read; keep it to what the type's resolvers need. */
  projection?: Record<string, 0 | 1>;
}

/** A connection's total: kept by write version for a versioned collection, counted every time otherwise. */
function countOf(model: Model<any>, filter: Filter): Promise<number> {
  const count = () => model.countDocuments(filter).exec();
  return isVersioned(model) ? byVersion(model, `count:${valueKey(filter)}`, count) : count();
}

/**
 * Cursor pagination over one collection: one `find` for the page (one document more
 * than asked, to know whether there is a next page, so `first: 0` still tells whether
 * records follow) and, only if selected, one count.
 */
export async function paginate<T extends { _id: unknown }>(model: Model<any>, options: PaginateOptions): Promise<Connection<T>> {
  const { connection, filter, order, page, projection } = options;
  const limit = pageSize(page.first);
  const query = page.after ? { $and: [filter, keysetFilter(connection, order, page.after)] } : filter;
  const sort: Record<string, 1 | -1> = order.field === '_id' ? { _id: order.direction } : { [order.field]: order.direction, _id: order.direction };
  // The whole page in the first batch: no getMore or killCursors, whatever the page size.
  const docs = await readPage(connection, async () => (await model.find(query, projection).sort(sort).limit(limit + 1).batchSize(limit + 1).lean()) as T[]);
  const hasNextPage = docs.length > limit;
  const nodes = hasNextPage ? docs.slice(0, limit) : docs;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(connection, (node as Record<string, unknown>)[order.field], node._id), node }));
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => countOf(model, filter),
  };
}
