import { Transform as CsvTransform } from '@json2csv/node';
import { stringQuoteOnlyIfNecessary } from '@json2csv/formatters';
import type { Transform } from 'node:stream';
import type { Column } from '../export-plan';
import type { Row } from '../rows';

/**
 * Characters a spreadsheet reads as the start of a formula (OWASP, "CSV injection"): a cell
 * starting with one is written with a leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const EOL = '\r\n';

/**
 * CSV as spreadsheets open it: UTF-8 with a byte-order mark (Excel reads UTF-8 without one as the
 * local code page), a header row, RFC 4180 quoting and CRLF line ends, by @json2csv's stream
 * transform. Numbers and booleans are written as they are; text that could run as a formula is
 * neutralised.
 */
export function csvEncoder(columns: readonly Column[]): Transform {
  const quote = stringQuoteOnlyIfNecessary({ eol: EOL });
  return new CsvTransform<Row, Row>(
    {
      fields: columns.map((column) => ({ label: column.name, value: column.name })),
      withBOM: true,
      eol: EOL,
      formatters: { string: (value: string) => quote(neutraliseFormula(value)) },
    },
    {},
    { objectMode: true },
  );
}
