import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentNode } from 'graphql';
import { DEFAULT_PURPOSE_REGISTRY } from '../../lib/privacy/purposes';
import { SUBGRAPHS, type SubgraphEntry } from '../../subgraphs/catalog';
import { loadSchema } from '../../subgraphs/runtime/schema';
import { ROOT } from './root';

/** One subgraph's parsed schema with its catalog entry (the ministry that holds its data). */
export interface SubgraphSchema {
  entry: SubgraphEntry;
  document: DocumentNode;
}

/**
 * What the record of processing and the marks check are made from: the subgraph schemas and the
 * purpose registry, as parsed JSON so the check can report an invalid one rather than throw.
 * Tests build one from edited copies.
 */
export interface PrivacySources {
  schemas: SubgraphSchema[];
  registryFile: string;
  registryJson: unknown;
}

export function readPrivacySources(registryFile = DEFAULT_PURPOSE_REGISTRY): PrivacySources {
  return {
    schemas: SUBGRAPHS.map((entry) => ({ entry, document: loadSchema(path.join(ROOT, 'subgraphs', entry.folder)) })),
    registryFile,
    registryJson: JSON.parse(readFileSync(registryFile, 'utf8')),
  };
}
