/**
 * The typed client of the graph, generated from the operation registry
 * (operations/) and the API schema of the committed supergraph, with GraphQL Code Generator's
 * client preset: typed documents, each with its sha256 hash, and the persisted-documents manifest
 * (`{ "<hash>": "<document>" }`) that the gateway's trusted documents are read from. Beside it,
 * `operations.json` names each hash's operation and client. Everything generated is committed,
 * so a review shows what a change adds to the allowlist. Written by `npm run codegen`, and with
 * the supergraph (build-graph.ts), since the client's types follow the supergraph's API schema.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { parse, printSchema, Kind, type OperationDefinitionNode } from 'graphql';
import { readRegistry, REGISTRY_PATH } from '../../lib/operation-registry';
import { apiSchemaOf } from './api-schema';
import { SUPERGRAPH_PATH } from './composition';
import { ROOT } from './root';

export const GENERATED = path.join(ROOT, 'clients', 'typescript', 'src', 'generated');

function config(registry: string): CodegenConfig {
  return {
    // The API schema, as clients see it: no join machinery, nothing @inaccessible.
    schema: printSchema(apiSchemaOf(readFileSync(SUPERGRAPH_PATH, 'utf8'))),
    documents: [path.join(registry, '**', '*.graphql')],
    silent: true,
    generates: {
      [`${GENERATED}/`]: {
        preset: 'client',
        presetConfig: {
          // Operations read their fragments' fields directly: a frontend's typed result is the whole answer.
          fragmentMasking: false,
          persistedDocuments: { mode: 'embedHashInDocument', hashPropertyName: 'hash', hashAlgorithm: 'sha256' },
        },
        config: {
          scalars: { Date: 'string', DateTime: 'string' },
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: true,
        },
      },
    },
  };
}

/** Hash → the registered operation and client it came from, for the gateway's per-client rule and logs. */
function operationsIndex(manifest: Record<string, string>, registry: string): string {
  const byName = new Map(readRegistry(registry).map((operation) => [operation.name, operation]));
  const index: Record<string, { operation: string; client: string; kind: string }> = {};
  for (const [hash, document] of Object.entries(manifest)) {
    const definition = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const registered = byName.get(definition.name!.value)!;
    index[hash] = { operation: registered.name, client: registered.client.id, kind: registered.kind };
  }
  return `${JSON.stringify(index, null, 2)}\n`;
}

/** The files the generator makes from a registry (this checkout's unless given), by path relative to GENERATED. */
export async function generatedFiles(registry: string = REGISTRY_PATH): Promise<Map<string, string>> {
  const outputs = (await generate(config(registry), false)) as { filename: string; content: string }[];
  const files = new Map<string, string>(outputs.map((output) => [path.relative(GENERATED, output.filename), output.content]));
  const manifest = files.get('persisted-documents.json');
  if (!manifest) throw new Error('the client preset wrote no persisted-documents.json');
  files.set('operations.json', operationsIndex(JSON.parse(manifest) as Record<string, string>, registry));
  return files;
}

/** What in `folder` differs from the generated files: stale or missing ones, and files the generator no longer makes. */
export function differences(files: ReadonlyMap<string, string>, folder: string = GENERATED): { stale: string[]; missing: string[]; leftOver: string[] } {
  const onDisk = new Set(readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name));
  const stale: string[] = [];
  const missing: string[] = [];
  for (const [name, content] of files) {
    if (!onDisk.has(name)) missing.push(name);
    else if (readFileSync(path.join(folder, name), 'utf8') !== content) stale.push(name);
  }
  return { stale: stale.sort(), missing: missing.sort(), leftOver: [...onDisk].filter((name) => !files.has(name)).sort() };
}

/** Writes what differs; returns how many files were written and removed. */
export function writeGenerated(files: ReadonlyMap<string, string>): { written: number; removed: number } {
  mkdirSync(GENERATED, { recursive: true });
  const { stale, missing, leftOver } = differences(files);
  for (const name of leftOver) rmSync(path.join(GENERATED, name));
  for (const name of [...stale, ...missing]) writeFileSync(path.join(GENERATED, name), files.get(name)!);
  return { written: stale.length + missing.length, removed: leftOver.length };
}
