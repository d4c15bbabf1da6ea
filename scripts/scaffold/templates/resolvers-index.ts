import type { Partner } from '../partner';

/** `resolvers/index.ts`: one file per type, merged. */
export function resolversIndexTemplate(p: Partner): string {
  return `import { DateScalar } from '../../../lib/graphql/scalars';
import { ${p.entity} } from './membership';
import { Query } from './query';
import { Worker } from './worker';

export const resolvers = { Date: DateScalar, Query, ${p.entity}, Worker };
`;
}
