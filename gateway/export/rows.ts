import { flatten, unwind } from '@json2csv/transforms';
import type { Column } from './export-plan';

/** What becomes of a list inside a row: one row per item (`unwind`), or its values in one cell (`join`). */
export type ListMode = 'unwind' | 'join';

export type Row = Record<string, unknown>;

/** Between the values of a joined list in one cell. */
export const JOIN_SEPARATOR = '; ';

/** The values at `path` under `value`, through every list on the way. */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return value === null || value === undefined ? [] : [value];
  if (typeof value !== 'object' || value === null) return [];
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}

/**
 * Turns one item of the exported list (a connection's node, a statistics bucket) into the rows
 * of the export, each with exactly the plan's columns in order, null where the answer had none:
 * nested objects flattened to dotted columns by @json2csv's transforms, lists unwound by them or
 * joined.
 */
export function rowMaker(columns: readonly Column[], lists: readonly string[], mode: ListMode): (item: Row) => Row[] {
  // Typed as returning rows, as every json2csv transform is; flatten returns the one row it made.
  const flat = flatten({ objects: true, arrays: false, separator: '.' }) as unknown as (row: Row) => Row;
  const pick = (source: Row): Row => Object.fromEntries(columns.map((column) => [column.name, source[column.name] ?? null]));
  if (mode === 'unwind') {
    const deconstruct = unwind<Row, Row>({ paths: lists, blankOut: false });
    return (item) => deconstruct(item).map((row) => pick(flat(row)));
  }
  return (item) => {
    const source = flat(item);
    for (const column of columns) {
      if (column.list === null) continue;
      const values = valuesAt(item, column.path);
      source[column.name] = values.length === 0 ? null : values.map(String).join(JOIN_SEPARATOR);
    }
    return [pick(source)];
  };
}
