import { HttpError } from '../../lib/http/http-error';
import { PURPOSE_ERROR_CODES } from '../../lib/privacy/purpose-check';
import type { Column, ExportPlan } from './export-plan';
import type { Row } from './rows';
import { statusOfCode } from './status-of-code';

/** One answer of the GraphQL endpoint, its body parsed. */
export interface PageAnswer {
  status: number;
  body: unknown;
}

interface GraphQLErrorShape {
  message?: unknown;
  path?: unknown;
  extensions?: Record<string, unknown>;
}

/** One page of the exported connection (or the whole statistics list), read from an answer. */
export interface Page {
  items: Row[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** The connection's totalCount, when the answer has it. */
  total: number | null;
  /** Columns the access rules hid from this caller (null in every row, as the graph answers them). */
  hidden: ReadonlySet<string>;
}

/** A column the caller may not read: the access rules, or a purpose that does not allow it. */
const ACCESS_CODES = new Set<string>(['FORBIDDEN', 'UNAUTHENTICATED', ...PURPOSE_ERROR_CODES]);
/** One person's data withheld at their request (restricted, erased): their cells are empty, as the graph answers them. */
const PERSON_WITHHELD = new Set(['RESTRICTED', 'ERASED']);

const messageOf = (error: GraphQLErrorShape) => (typeof error.message === 'string' ? error.message : 'The graph refused the operation');

function refusalOf(error: GraphQLErrorShape, status: number): HttpError {
  const { code, ...extensions } = error.extensions ?? {};
  return new HttpError(status, typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR', messageOf(error), extensions);
}

/** Response keys of an error's path, list indices left out: `edges.node.fullName` → `fullName` under the row. */
function keysOf(path: unknown): string[] {
  return Array.isArray(path) ? path.filter((key): key is string => typeof key === 'string') : [];
}

function startsWith(keys: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((key, index) => keys[index] === key);
}

/**
 * Reads a page from the endpoint's answer, holding the export to what the graph decided:
 * - a refused request, or a refused exported field, refuses the export with the graph's own error;
 * - a field the access rules hide from this caller is null in every row, as the graph answers it,
 *   unless it is personal data: an export of personal data the caller may not read (its rules or its
 *   purpose) is refused; a person whose data is restricted or erased has empty cells, and the bulk
 *   read limit stops the export;
 * - any other error (a subgraph that failed) fails the export: rows are never silently missing.
 */
export function readPage(answer: PageAnswer, plan: ExportPlan, personal: ReadonlySet<string>, pageNumber: number): Page {
  const body = (typeof answer.body === 'object' && answer.body !== null ? answer.body : {}) as { data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[] };
  const errors = Array.isArray(body.errors) ? body.errors : [];
  if (answer.status !== 200 || !body.data) {
    const first = errors[0] ?? { message: `The graph answered HTTP ${answer.status}` };
    throw refusalOf(first, answer.status >= 400 && answer.status < 500 ? answer.status : statusOfCode(first.extensions?.code));
  }
  let target: unknown = body.data;
  for (const key of plan.target) target = (target as Record<string, unknown> | null)?.[key];
  if (target === null || target === undefined) {
    const cause = errors.find((error) => startsWith(plan.target, keysOf(error.path))) ?? errors[0];
    if (!cause) throw new HttpError(404, 'NOT_FOUND', `${plan.target.join('.')} is null in the answer: nothing to export`);
    throw refusalOf(cause, statusOfCode(cause.extensions?.code));
  }
  const rowPrefix = plan.connection ? [...plan.target, plan.connection.edges, plan.connection.node] : plan.target;
  const hidden = new Set<string>();
  for (const error of errors) {
    const keys = keysOf(error.path);
    if (!startsWith(keys, plan.target)) continue; // not part of what is exported
    const inRow = startsWith(keys, rowPrefix) ? keys.slice(rowPrefix.length) : null;
    const columns: Column[] = inRow && inRow.length > 0 ? plan.columns.filter((column) => startsWith(column.path, inRow)) : [];
    const code = error.extensions?.code;
    if (columns.length > 0 && PERSON_WITHHELD.has(String(code))) continue;
    // A limit is an error, not a shorter file: the export stops and says so.
    if (code === 'PII_READ_LIMIT') throw refusalOf(error, statusOfCode(code));
    if (columns.length > 0 && ACCESS_CODES.has(String(code))) {
      const refusedPersonal = columns.filter((column) => personal.has(column.coordinate));
      if (refusedPersonal.length > 0) {
        throw new HttpError(statusOfCode(code), String(code), `This export reads personal data (${refusedPersonal.map((column) => column.coordinate).join(', ')}) that the caller may not read: ${messageOf(error)}`, { field: refusedPersonal[0]!.name });
      }
      for (const column of columns) hidden.add(column.name);
      continue;
    }
    throw new HttpError(502, 'EXPORT_INCOMPLETE', `Page ${pageNumber} of the export is incomplete, so the export was stopped: ${messageOf(error)}${code ? ` (${String(code)})` : ''}`);
  }
  if (!plan.connection) return { items: (target as Row[]).filter((item) => item !== null), hasNextPage: false, endCursor: null, total: (target as Row[]).length, hidden };
  const connection = target as Record<string, unknown>;
  const edges = (connection[plan.connection.edges] ?? []) as (Record<string, unknown> | null)[];
  const pageInfo = (connection[plan.connection.pageInfo] ?? {}) as { hasNextPage?: boolean; endCursor?: string | null };
  const total = plan.connection.totalCount ? connection[plan.connection.totalCount] : null;
  return {
    items: edges.map((edge) => edge?.[plan.connection!.node] as Row | null).filter((node): node is Row => node !== null && node !== undefined),
    hasNextPage: pageInfo.hasNextPage === true,
    endCursor: pageInfo.endCursor ?? null,
    total: typeof total === 'number' ? total : null,
    hidden,
  };
}
