import { Types, type Model } from 'mongoose';
import { badUserInput } from './errors';

/** The contract's page sizes: 20 unless asked, never more than 100 (more is an error, not a silent cap). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

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
  if (!Number.isInteger(first) || first < 0) throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}; got ${first}`, 'first');
  if (first > MAX_PAGE_SIZE) throw badUserInput(`first must be at most ${MAX_PAGE_SIZE}; got ${first}. Page through the rest with after.`, 'first');
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

export function encodeCursor(sortValue: unknown, id: unknown): string {
  return Buffer.from(JSON.stringify([toCursorValue(sortValue), toCursorValue(id)])).toString('base64url');
}

export function decodeCursor(cursor: string): [unknown, unknown] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) throw new Error('shape');
    const [sortValue, id] = parsed as [CursorValue, CursorValue];
    return [fromCursorValue(sortValue), fromCursorValue(id)];
  } catch {
    throw badUserInput('after is not a cursor returned by this connection', 'after');
  }
}

/** The documents strictly after the cursor in the given order. */
export function keysetFilter(order: SortOrder, after: string): Filter {
  const [value, id] = decodeCursor(after);
  const beyond = order.direction === 1 ? '$gt' : '$lt';
  if (order.field === '_id') return { _id: { [beyond]: id } };
  return { $or: [{ [order.field]: { [beyond]: value } }, { [order.field]: value, _id: { [beyond]: id } }] };
}

export interface PaginateOptions {
  filter: Filter;
  order: SortOrder;
  page: PageArgs;
  /** Fields to read; keep it to what the type's resolvers need. */
  projection?: Record<string, 0 | 1>;
}

/**
 * Cursor pagination over one collection: one `find` for the page (one document more
 * than asked, to know whether there is a next page) and, only if selected, one count.
 */
export async function paginate<T extends { _id: unknown }>(model: Model<any>, options: PaginateOptions): Promise<Connection<T>> {
  const { filter, order, page, projection } = options;
  const limit = pageSize(page.first);
  const query = page.after ? { $and: [filter, keysetFilter(order, page.after)] } : filter;
  const sort: Record<string, 1 | -1> = order.field === '_id' ? { _id: order.direction } : { [order.field]: order.direction, _id: order.direction };
  // The whole page in the first batch: no getMore or killCursors, whatever the page size.
  const docs = limit === 0 ? [] : ((await model.find(query, projection).sort(sort).limit(limit + 1).batchSize(limit + 1).lean()) as T[]);
  const hasNextPage = docs.length > limit;
  const nodes = hasNextPage ? docs.slice(0, limit) : docs;
  const edges = nodes.map((node) => ({ cursor: encodeCursor((node as Record<string, unknown>)[order.field], node._id), node }));
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => model.countDocuments(filter).exec(),
  };
}
