import type { Partner } from '../partner';
import { insertBeforeClose, insertImport } from '../text-edits';

const FILE = 'scripts/seed/seed.ts';

/** `npm run seed` (and `npm start` on empty databases) runs the new subgraph's seed hook after the others. */
export function addSeeder(text: string, p: Partner): string {
  let next = insertImport(text, FILE, `import { ${p.camel} } from '../../subgraphs/${p.name}/subgraph';`);
  next = insertImport(next, FILE, `import { seed${p.pascal} } from './${p.name}';`);
  return insertBeforeClose(next, FILE, 'const SEEDERS', '];', [`  seeder(${p.camel}, seed${p.pascal}),`]);
}
