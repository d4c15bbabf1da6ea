/**
 * The four ministry subgraphs: the one list that composition, the start script, the
 * gateway's URL overrides and the tests read, so a port or a name lives in one place.
 */
import type { Ministry } from '../lib/identity';

export interface SubgraphEntry {
  /** Subgraph name in the supergraph. */
  name: 'kp2mi' | 'esdm' | 'perindustrian' | 'koperasi-ukm';
  /** The ministry that owns it: its officers write here, its admins read its audit trail. */
  ministry: Ministry;
  /** Prefix of this subgraph's environment variables, e.g. `KP2MI_PORT`. */
  envPrefix: string;
  /** MongoDB database that only this subgraph uses. */
  databaseName: string;
  defaultPort: number;
  /** Folder under `subgraphs/`, holding `schema.graphql` and `index.ts`. */
  folder: string;
}

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  { name: 'kp2mi', ministry: 'KP2MI', envPrefix: 'KP2MI', databaseName: 'kp2mi', defaultPort: 4001, folder: 'kp2mi' },
  { name: 'esdm', ministry: 'ESDM', envPrefix: 'ESDM', databaseName: 'esdm', defaultPort: 4002, folder: 'esdm' },
  { name: 'perindustrian', ministry: 'PERINDUSTRIAN', envPrefix: 'PERINDUSTRIAN', databaseName: 'perindustrian', defaultPort: 4003, folder: 'perindustrian' },
  { name: 'koperasi-ukm', ministry: 'KOPERASI_UKM', envPrefix: 'KOPERASI_UKM', databaseName: 'koperasi_ukm', defaultPort: 4004, folder: 'koperasi-ukm' },
];

export function subgraphEntry(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) throw new Error(`Unknown subgraph "${name}"; known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return entry;
}

/** `koperasi-ukm` → `koperasiUkm`: how the fields a subgraph adds for the others begin (`koperasiUkmAuditPart`). */
export function fieldPrefix(entry: SubgraphEntry): string {
  return entry.name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The URL a subgraph is reached at when nothing overrides it (written into the supergraph). */
export function defaultRoutingUrl(entry: SubgraphEntry): string {
  return `http://localhost:${entry.defaultPort}/graphql`;
}
