import type { Transform } from 'node:stream';
import type { Column, ColumnType } from '../export-plan';
import type { ListMode } from '../rows';
import { csvEncoder } from './csv';
import { ndjsonEncoder } from './ndjson';
import { ParquetEncoder } from './parquet';

export const EXPORT_FORMATS = ['csv', 'ndjson', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Encoding {
  contentType: string;
  extension: string;
  /** Rows (objects) in, bytes out. */
  encoder: Transform;
}

/** A joined list is text, whatever its items are. */
const typeOf = (column: Column, lists: ListMode): ColumnType => (lists === 'join' && column.list !== null ? 'string' : column.type);

export function encodingFor(format: ExportFormat, columns: readonly Column[], lists: ListMode): Encoding {
  if (format === 'csv') return { contentType: 'text/csv; charset=utf-8; header=present', extension: 'csv', encoder: csvEncoder(columns) };
  if (format === 'ndjson') return { contentType: 'application/x-ndjson; charset=utf-8', extension: 'ndjson', encoder: ndjsonEncoder() };
  return { contentType: 'application/vnd.apache.parquet', extension: 'parquet', encoder: new ParquetEncoder(columns.map((column) => ({ name: column.name, type: typeOf(column, lists) }))) };
}
