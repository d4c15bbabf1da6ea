import type { Partner } from '../partner';

/** `models/index.ts`: the models the subgraph keeps on its connection. */
export function modelsIndexTemplate(p: Partner): string {
  return `import type { Connection } from 'mongoose';
import { membershipModel } from './membership';

export function create${p.pascal}Models(connection: Connection) {
  return { Membership: membershipModel(connection) };
}

export type ${p.pascal}Models = ReturnType<typeof create${p.pascal}Models>;
`;
}
