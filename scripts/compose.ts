/**
 * npm run compose: composes the subgraph schemas into schema/supergraph.graphql, and writes the
 * typed client again (its types follow the API schema: a new enum value, a changed field).
 * Prints composition errors and hints one per line; exits 1 on errors (nothing written).
 */
import path from 'node:path';
import { composeSupergraph, printMessages, SUPERGRAPH_PATH, writeSupergraph } from './lib/composition';
import { ROOT } from './lib/root';
import { generatedFiles, GENERATED, writeGenerated } from './lib/typed-client';

const result = composeSupergraph();
printMessages('hint', result.hints);
const file = path.relative(ROOT, SUPERGRAPH_PATH);
if (!result.ok) {
  printMessages('error', result.errors);
  console.error(`Composition failed with ${result.errors.length} error(s); ${file} was not changed.`);
  process.exit(1);
}
const changed = writeSupergraph(result.supergraph);
console.log(`${changed ? 'Wrote' : 'Unchanged:'} ${file} (${result.hints.length} hint(s)).`);

generatedFiles()
  .then((files) => {
    const { written, removed } = writeGenerated(files);
    if (written + removed > 0) console.log(`Wrote the typed client again: ${written} file(s) in ${path.relative(ROOT, GENERATED)}${removed ? `, ${removed} removed` : ''}.`);
  })
  .catch((err: unknown) => {
    console.error(`The typed client could not be generated: ${(err as Error).message}`);
    process.exit(1);
  });
