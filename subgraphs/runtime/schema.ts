import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** A subgraph's SDL lives in `schema.graphql` beside its code; composition reads the same file. */
export function schemaPath(folder: string): string {
  return path.join(folder, 'schema.graphql');
}

export function loadSchema(folder: string): DocumentNode {
  return parse(readFileSync(schemaPath(folder), 'utf8'));
}
