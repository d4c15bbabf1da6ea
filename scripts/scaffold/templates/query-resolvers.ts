import type { Partner } from '../partner';

/** `resolvers/query.ts`: the root fields, one line each. */
export function queryResolversTemplate(p: Partner): string {
  return `import type { ${p.pascal}Context } from './context';

export const Query = {
  ${p.rootField}: (_: unknown, args: { id: string }, { dataSources }: ${p.pascal}Context) => dataSources.memberships.findById(args.id),
};
`;
}
