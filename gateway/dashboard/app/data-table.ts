/// <reference lib="dom" />
import { isWithheld, SUPPRESSED_KEY, type Bucket } from './buckets';
import { formatCount, formatRupiah } from './format';

/** A cell; `scope` makes a `th` the header of its row or column. */
function cell(tag: 'th' | 'td', text: string, options: { numeric?: boolean; scope?: 'row' | 'col' } = {}): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (options.scope) element.scope = options.scope;
  if (options.numeric) element.className = 'number';
  return element;
}

/**
 * The chart's buckets as a table, in the drawn order, for screen readers and for anyone who wants
 * the figures: a suppressed bucket says so instead of showing its 0.
 */
export function bucketTable(caption: string, buckets: readonly Bucket[], withAmounts: boolean): HTMLTableElement {
  const table = document.createElement('table');
  table.createCaption().textContent = caption;
  table.createTHead().insertRow().append(
    cell('th', 'Label', { scope: 'col' }),
    cell('th', 'Count', { scope: 'col', numeric: true }),
    ...(withAmounts ? [cell('th', 'Amount applied for', { scope: 'col', numeric: true })] : []),
  );
  const body = table.createTBody();
  for (const bucket of buckets) {
    const row = body.insertRow();
    if (isWithheld(bucket)) row.className = 'merged';
    const suppressed = bucket.key === SUPPRESSED_KEY;
    row.append(cell('th', bucket.label, { scope: 'row' }), cell('td', suppressed ? 'suppressed' : formatCount(bucket.count), { numeric: true }));
    if (withAmounts) row.append(cell('td', suppressed ? 'suppressed' : formatRupiah(bucket.totalAmountIdr ?? 0), { numeric: true }));
  }
  return table;
}
