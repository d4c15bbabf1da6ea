import type { Partner } from '../partner';

/** `resolvers/membership.ts`: the example entity's fields. */
export function membershipResolversTemplate(p: Partner): string {
  return `import type { MembershipDoc } from '../models/membership';
import type { ${p.pascal}Context } from './context';

export const ${p.entity} = {
  __resolveReference: (ref: { id: string }, { dataSources }: ${p.pascal}Context) => dataSources.memberships.findById(ref.id),
  id: (membership: MembershipDoc) => membership._id.toHexString(),
  // A reference that the gateway completes from kp2mi: no worker data is kept here.
  worker: (membership: MembershipDoc) => ({ __typename: 'Worker', id: membership.workerId.toHexString() }),
};
`;
}
