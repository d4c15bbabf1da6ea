/**
 * npm run compose: composes the subgraph schemas into schema/supergraph.graphql.
 * Prints composition errors and hints one per line; exits 1 on errors (nothing written).
 */
import path from 'node:path';
import { composeSupergraph, printMessages, SUPERGRAPH_PATH, writeSupergraph } from './lib/composition';
import { ROOT } from './lib/root';

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
