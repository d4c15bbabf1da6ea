import type { Partner } from '../partner';

/** `resolvers/context.ts`: the context the resolvers receive. */
export function resolversContextTemplate(p: Partner): string {
  return `import type { SubgraphContext } from '../../runtime/context';
import type { ${p.pascal}DataSources } from '../data-sources';

export type ${p.pascal}Context = SubgraphContext<${p.pascal}DataSources>;
`;
}
