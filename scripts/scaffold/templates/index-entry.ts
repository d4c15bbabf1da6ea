import type { Partner } from '../partner';

/** `index.ts`: the process, which only starts the definition on the shared runtime. */
export function indexEntryTemplate(p: Partner): string {
  return `import { runSubgraph } from '../runtime/run';
import { ${p.camel} } from './subgraph';

runSubgraph(${p.camel});
`;
}
