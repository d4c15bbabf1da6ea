/**
 * npm run compose: composes the subgraph schemas into schema/supergraph.graphql, and writes the
 * typed client again (its types follow the API schema: a new enum value, a changed field).
 * Prints composition errors and hints one per line; exits 1 on errors (nothing written).
 */
import path from 'node:path';
import { buildGraph } from './lib/build-graph';
import { SUPERGRAPH_PATH } from './lib/composition';
import { ROOT } from './lib/root';
import { GENERATED } from './lib/typed-client';

const file = path.relative(ROOT, SUPERGRAPH_PATH);
buildGraph()
  .then((result) => {
    if (!result.ok) {
      console.error(`Composition failed with ${result.errors.length} error(s); ${file} was not changed.`);
      process.exit(1);
    }
    console.log(`${result.supergraphChanged ? 'Wrote' : 'Unchanged:'} ${file}.`);
    if (result.clientFilesWritten > 0) console.log(`Wrote the typed client again: ${result.clientFilesWritten} file(s) in ${path.relative(ROOT, GENERATED)}.`);
  })
  .catch((err: unknown) => {
    console.error(`The typed client could not be generated: ${(err as Error).message}`);
    process.exit(1);
  });
