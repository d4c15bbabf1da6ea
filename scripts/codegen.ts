/**
 * npm run codegen: writes the typed client (clients/typescript/src/generated/) from the operation
 * registry and the committed supergraph; see lib/typed-client.ts.
 *
 *   npm run codegen            write what is missing or stale
 *   npm run codegen -- --check exit 1 when a generated file is missing, stale or left over
 *   --registry DIR             generate from another registry folder (to try one out)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REGISTRY_PATH } from '../lib/operation-registry';
import { ROOT } from './lib/root';
import { differences, GENERATED, generatedFiles, writeGenerated } from './lib/typed-client';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, registry: { type: 'string' } } });
  const files = await generatedFiles(values.registry ? path.resolve(values.registry) : REGISTRY_PATH);
  const where = (name: string) => path.relative(ROOT, path.join(GENERATED, name));
  if (values.check) {
    const { stale, missing, leftOver } = differences(files);
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
  const { written, removed } = writeGenerated(files);
  console.log(`codegen: ${written + removed === 0 ? 'nothing to change' : `wrote ${written} and removed ${removed} files`} in ${path.relative(ROOT, GENERATED)}`);
}

main().catch((err: unknown) => {
  console.error(`codegen: ${(err as Error).message}`);
  process.exit(2);
});
