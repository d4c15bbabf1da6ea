import type { Partner } from '../partner';

/** From the port, which no other subgraph has: `ID_KIND`'s kinds are all below 0x80. */
const idKind = (p: Partner) => `0x${(0x80 + (p.port % 0x80)).toString(16)}`;

/** `scripts/seed/<name>.ts`: deterministic demo data, linked to the seeded workers. */
export function seedHookTemplate(p: Partner): string {
  return `/**
 * ${p.name} demo data: a ${p.label} membership for about half of the workers at the READY stage or
 * beyond, joined between their registration and the demo data's present; ended for returned workers.
 */
import type { ${p.pascal}Models } from '../../subgraphs/${p.name}/models';
import type { MembershipStatus } from '../../subgraphs/${p.name}/models/membership';
import type { SeedContext } from './context';
import { addDays, SEED_NOW, seedObjectId } from './ids';
import { createRandom } from './random';
import type { WorkerSeed, WorkerStatus } from './workers';

/** A kind of seeded document of its own (see ID_KIND), so its ids never repeat another collection's. */
const MEMBERSHIP_KIND = ${idKind(p)};
/** Added to the fixed seed, so this subgraph draws numbers of its own. */
const SEED_OFFSET = ${p.port};
const MEMBER_STATUSES: ReadonlySet<WorkerStatus> = new Set(['READY', 'DEPLOYED', 'RETURNED']);
const MEMBERSHIP_SHARE = 0.5;

export interface MembershipSeed {
  _id: string;
  workerId: string;
  number: string;
  status: MembershipStatus;
  joinedOn: Date;
}

/** Each worker draws from a generator of its own (seed and position), so seeding more workers never changes earlier memberships. */
export function generateMemberships(seed: number, workers: readonly WorkerSeed[]): MembershipSeed[] {
  const memberships: MembershipSeed[] = [];
  workers.forEach((worker, index) => {
    const rng = createRandom(seed + SEED_OFFSET + index * 7919);
    if (!MEMBER_STATUSES.has(worker.status) || !rng.chance(MEMBERSHIP_SHARE)) return;
    const joinedOn = rng.dateBetween(worker.registeredAt, addDays(SEED_NOW, -1));
    memberships.push({
      _id: seedObjectId(joinedOn, MEMBERSHIP_KIND, index),
      workerId: worker._id,
      number: String(rng.int(10_000_000_000, 99_999_999_999)),
      status: worker.status === 'RETURNED' ? 'ENDED' : 'ACTIVE',
      joinedOn,
    });
  });
  return memberships;
}

/** ${p.name}: its members among the seeded workers. */
export async function seed${p.pascal}(models: ${p.pascal}Models, context: SeedContext): Promise<Record<string, number>> {
  return { memberships: await context.insert('memberships', models.Membership, generateMemberships(context.seed, context.workers)) };
}
`;
}
