import { subgraphEntry } from '../catalog';
import type { SubgraphDefinition } from '../runtime/definition';
import { loadSchema } from '../runtime/schema';
import { kp2miAccess, kp2miDataSubject, kp2miPeople } from './access';
import { createKp2miDataSources, type Kp2miDataSources } from './data-sources';
import { createKp2miModels, type Kp2miModels } from './models';
import { resolvers } from './resolvers';

/** KP2MI: migrant workers, their placements, job openings abroad and destination countries. */
export const kp2mi: SubgraphDefinition<Kp2miModels, Kp2miDataSources> = {
  entry: subgraphEntry('kp2mi'),
  typeDefs: loadSchema(__dirname),
  resolvers,
  access: kp2miAccess,
  dataSubject: kp2miDataSubject,
  people: kp2miPeople,
  createModels: createKp2miModels,
  createDataSources: createKp2miDataSources,
};
