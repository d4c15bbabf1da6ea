/**
 * Kemendagri's area tables as the npm package `idn-area-data` ships them (CSV; code MIT, data ODbL).
 * Read synchronously once, when a lookup module is first imported: the package's own reader is
 * asynchronous, which would make every province or NIK check wait on a promise.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export type AreaTable = 'provinces' | 'regencies' | 'districts';

/**
 * The rows of one table with the columns asked for (`code`, `name`, `province_code`, `regency_code`;
 * codes dotted, e.g. `35.07.12`). Throws when a row lacks one, so a package update that renames a
 * column stops the start instead of emptying the lookups.
 */
export function readAreaTable<Column extends string>(table: AreaTable, columns: readonly Column[]): Record<Column, string>[] {
  const file = require.resolve(`idn-area-data/data/${table}.csv`);
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string | undefined>[];
  for (const row of rows) {
    const missing = columns.find((column) => !row[column]);
    if (missing) throw new Error(`idn-area-data ${table}.csv: a row has no ${missing}: ${JSON.stringify(row)}`);
  }
  return rows as Record<Column, string>[];
}

/** `35.07.12` → `350712`: the graph keys areas by their digits as they stand in a NIK. */
export const compactCode = (dotted: string): string => dotted.replaceAll('.', '');
