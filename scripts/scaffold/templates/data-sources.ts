import type { Partner } from '../partner';

/** `data-sources.ts`: the per-request repositories. */
export function dataSourcesTemplate(p: Partner): string {
  return `import type { ${p.pascal}Models } from './models';
import { MembershipRepository } from './repositories/membership-repository';

/** Per-request repositories of the ${p.name} subgraph (each holds its own loaders). */
export function create${p.pascal}DataSources(models: ${p.pascal}Models) {
  return { memberships: new MembershipRepository(models) };
}

export type ${p.pascal}DataSources = ReturnType<typeof create${p.pascal}DataSources>;
`;
}
