import type { Partner } from '../partner';

/** `repositories/membership-repository.ts`: the mongoose queries, behind per-request loaders. */
export function membershipRepositoryTemplate(p: Partner): string {
  return `import type DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { groupLoader, keyLoader } from '../../runtime/loaders';
import { parseObjectId } from '../../runtime/object-id';
import type { ${p.pascal}Models } from '../models';
import type { MembershipDoc } from '../models/membership';

const toObjectId = (id: string) => new Types.ObjectId(id);

/** Created per request: every lookup of one operation shares the two loaders, so a page of workers costs one find. */
export class MembershipRepository {
  private readonly byId: DataLoader<string, MembershipDoc | null>;
  private readonly byWorker: DataLoader<string, MembershipDoc[]>;

  constructor(models: ${p.pascal}Models) {
    this.byId = keyLoader<MembershipDoc>(models.Membership, { toStored: toObjectId });
    this.byWorker = groupLoader<MembershipDoc>(models.Membership, { field: 'workerId', toStored: toObjectId, sort: { joinedOn: 1, _id: 1 } });
  }

  /** Batched with the gateway's entity references of the same request. */
  findById(id: string): Promise<MembershipDoc | null> {
    return this.byId.load(parseObjectId(id, 'id', 'membership').toHexString());
  }

  /** Oldest first, ties by id: the order the schema documents. */
  ofWorker(workerId: string): Promise<MembershipDoc[]> {
    return this.byWorker.load(parseObjectId(workerId, 'id', 'worker').toHexString());
  }
}
`;
}
