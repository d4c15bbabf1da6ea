import { HttpError } from '../../lib/http/http-error';
import { EXPORT_FORMATS, type ExportFormat } from './formats';
import type { ListMode } from './rows';

/** What a caller asks `POST /export` for: an operation as `/graphql` takes it, and how to write its rows. */
export interface ExportRequest {
  /** The operation as sent (`query` or `documentId`, `operationName`, `variables`), checked by the GraphQL endpoint's own rules on each page. */
  operation: Record<string, unknown>;
  operationName: string | null;
  variables: Record<string, unknown>;
  format: ExportFormat;
  lists: ListMode;
  /** Response keys of the connection or list to export, when the answer has more than one. */
  path: string | null;
}

const LIST_MODES: readonly ListMode[] = ['join', 'unwind'];
const KNOWN = new Set(['query', 'documentId', 'operationName', 'variables', 'extensions', 'format', 'lists', 'path']);

function invalid(field: string, message: string): HttpError {
  return new HttpError(400, 'BAD_USER_INPUT', message, { field });
}

const optionalString = (body: Record<string, unknown>, name: string): string | null => {
  const value = body[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value === '') throw invalid(name, `${name} must be a non-empty string`);
  return value;
};

export function parseExportRequest(body: unknown): ExportRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'BAD_REQUEST', 'POST /export takes one JSON object: {"query" or "documentId", "variables", "operationName", "format": "csv" | "ndjson" | "parquet"}');
  }
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((name) => !KNOWN.has(name));
  if (unknown.length) throw invalid(unknown[0]!, `Unknown member${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; an export takes ${[...KNOWN].join(', ')}`);
  const format = fields.format ?? 'csv';
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw invalid('format', `format must be ${EXPORT_FORMATS.join(', ')}; got ${JSON.stringify(format)}`);
  const lists = fields.lists ?? 'join';
  if (!LIST_MODES.includes(lists as ListMode)) throw invalid('lists', `lists must be join (a list's values in one cell) or unwind (one row per item); got ${JSON.stringify(lists)}`);
  const variables = fields.variables ?? {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) throw invalid('variables', 'variables must be a JSON object');
  if (fields.query === undefined && fields.documentId === undefined && fields.extensions === undefined) throw invalid('query', 'Send the operation to export: query (a document) or documentId (a registered one)');
  const { format: _format, lists: _lists, path: _path, ...operation } = fields;
  return {
    operation: { ...operation, variables },
    operationName: optionalString(fields, 'operationName'),
    variables: variables as Record<string, unknown>,
    format: format as ExportFormat,
    lists: lists as ListMode,
    path: optionalString(fields, 'path'),
  };
}
