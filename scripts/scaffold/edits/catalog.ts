import type { Partner } from '../partner';
import { insertBeforeClose, replaceOnce } from '../text-edits';

const FILE = 'subgraphs/catalog.ts';

/** The catalog row, in the shape of the others: everything that enumerates subgraphs reads it. */
export function catalogRow(p: Partner): string {
  return `  { name: '${p.name}', ministry: '${p.ministry}', envPrefix: '${p.envPrefix}', databaseName: '${p.databaseName}', defaultPort: ${p.port}, folder: '${p.name}' },`;
}

/** Adds the subgraph to the catalog's list and to the names its entries may have. */
export function addToCatalog(text: string, p: Partner): string {
  const named = replaceOnce(text, FILE, 'the union of subgraph names (`name: \'kp2mi\' | …;`)', /(\bname: )('[a-z0-9-]+'(?: \| '[a-z0-9-]+')*)(;)/, (m) => `${m[1]}${m[2]} | '${p.name}'${m[3]}`);
  return insertBeforeClose(named, FILE, 'export const SUBGRAPHS', '];', [catalogRow(p)]);
}
