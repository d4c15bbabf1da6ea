import type { Partner } from '../partner';
import { insertBeforeClose } from '../text-edits';

const FILE = 'test/e2e/authorization-matrix.test.ts';

/**
 * The matrix covers every root query field of the catalog's subgraphs: the new root field gets
 * its row (ministry staff, as its access policy says) and a seeded record to ask for.
 */
export function addMatrixRow(text: string, p: Partner): string {
  const withId = insertBeforeClose(text, FILE, 'ids = {', '};', [`    ${p.rootField}: (await first('${p.databaseName}', 'memberships'))._id.toHexString(),`]);
  return insertBeforeClose(withId, FILE, 'const QUERIES', '};', [`  ${p.rootField}: { select: () => \`${p.rootField}(id: "\${ids.${p.rootField}}") { id }\`, cells: STAFF },`]);
}
