/**
 * npm run codegen: the typed client of the graph, generated from the operation registry
 * (operations/) and the API schema of the committed supergraph, with GraphQL Code Generator's
 * client preset: typed documents, each with its sha256 hash, and the persisted-documents manifest
 * (`{ "<hash>": "<document>" }`) that the gateway's trusted documents are read from. Beside it,
 * `operations.json` names each hash's operation and client. Everything generated is committed,
 * so a review shows what a change adds to the allowlist.
 *
 *   npm run codegen            write clients/typescript/src/generated/
 *   npm run codegen -- --check exit 1 when a generated file is missing, stale or left over
 *   --registry DIR             generate from another registry folder (to try one out)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { parse, printSchema, Kind, type OperationDefinitionNode } from 'graphql';
import { readRegistry, REGISTRY_PATH } from '../lib/operation-registry';
import { apiSchemaOf } from './lib/api-schema';
import { SUPERGRAPH_PATH } from './lib/composition';
import { ROOT } from './lib/root';

const GENERATED = path.join(ROOT, 'clients', 'typescript', 'src', 'generated');

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
async function generatedFiles(registry: string = REGISTRY_PATH): Promise<Map<string, string>> {
  const outputs = (await generate(config(registry), false)) as { filename: string; content: string }[];
  const files = new Map<string, string>(outputs.map((output) => [path.relative(GENERATED, output.filename), output.content]));
  const manifest = files.get('persisted-documents.json');
  if (!manifest) throw new Error('the client preset wrote no persisted-documents.json');
  files.set('operations.json', operationsIndex(JSON.parse(manifest) as Record<string, string>, registry));
  return files;
}

/** What in `folder` differs from the generated files: stale or missing ones, and files the generator no longer makes. */
function differences(files: ReadonlyMap<string, string>, folder: string = GENERATED): { stale: string[]; missing: string[]; leftOver: string[] } {
  const onDisk = new Set(readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name));
  const stale: string[] = [];
  const missing: string[] = [];
  for (const [name, content] of files) {
    if (!onDisk.has(name)) missing.push(name);
    else if (readFileSync(path.join(folder, name), 'utf8') !== content) stale.push(name);
  }
  return { stale: stale.sort(), missing: missing.sort(), leftOver: [...onDisk].filter((name) => !files.has(name)).sort() };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, registry: { type: 'string' } } });
  const files = await generatedFiles(values.registry ? path.resolve(values.registry) : REGISTRY_PATH);
  mkdirSync(GENERATED, { recursive: true });
  const { stale, missing, leftOver } = differences(files);
  const where = (name: string) => path.relative(ROOT, path.join(GENERATED, name));
  if (values.check) {
    if (stale.length + missing.length + leftOver.length === 0) {
      console.log(`codegen: the typed client is up to date (${files.size} files, ${Object.keys(JSON.parse(files.get('operations.json')!)).length} documents)`);
      return;
    }
    for (const name of stale) console.error(`codegen: ${where(name)} is stale`);
    for (const name of missing) console.error(`codegen: ${where(name)} is missing`);
    for (const name of leftOver) console.error(`codegen: ${where(name)} is left over`);
    console.error('codegen: run npm run codegen and commit what it writes');
    process.exit(1);
  }
  for (const name of leftOver) rmSync(path.join(GENERATED, name));
  for (const name of [...stale, ...missing]) writeFileSync(path.join(GENERATED, name), files.get(name)!);
  const changed = stale.length + missing.length;
  console.log(`codegen: ${changed + leftOver.length === 0 ? 'nothing to change' : `wrote ${changed} and removed ${leftOver.length} files`} in ${path.relative(ROOT, GENERATED)}`);
}

main().catch((err: unknown) => {
  console.error(`codegen: ${(err as Error).message}`);
  process.exit(2);
});
