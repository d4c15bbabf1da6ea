import type DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { Claims } from '../../runtime/claims';
import { badUserInput, conflict, notFound } from '../../runtime/errors';
import { findWorker, type GraphClient } from '../../runtime/graph-client';
import { today } from '../../runtime/input';
import { groupLoader } from '../../runtime/loaders';
import { parseObjectId } from '../../runtime/object-id';
import { countBy, type StatBucket } from '../../runtime/statistics';
import { bankLabel, enumLabel, schemeLabel } from '../labels';
import type { KoperasiModels } from '../models';
import type { BusinessDoc } from '../models/business';
import type { FinancingApplicationDoc } from '../models/financing-application';
import type { BusinessRepository } from './business-repository';
import { checkBankLendsIn, newFinancingApplication, type ApplyForFinancingInput } from './financing-application';

const DIMENSIONS = {
  SCHEME: { field: 'scheme', label: schemeLabel },
  STATUS: { field: 'status', label: enumLabel },
  BANK: { field: 'bank', label: bankLabel },
} as const;

export type FinancingDimension = keyof typeof DIMENSIONS;

const PMI_RULE = 'KUR PMI is only for a business owned by a migrant worker registered with KP2MI';

export class FinancingRepository {
  private readonly byBusiness: DataLoader<string, FinancingApplicationDoc[]>;
  private readonly claims: Claims;

  constructor(
    private readonly models: KoperasiModels,
    private readonly graph: GraphClient,
    private readonly businesses: BusinessRepository,
  ) {
    this.claims = new Claims(models.Claim);
    this.byBusiness = groupLoader<FinancingApplicationDoc>(models.FinancingApplication, {
      field: 'businessId',
      toStored: (id) => new Types.ObjectId(id),
      sort: { appliedOn: -1, _id: -1 },
    });
  }

  forBusiness(businessId: Types.ObjectId): Promise<FinancingApplicationDoc[]> {
    return this.byBusiness.load(businessId.toHexString());
  }

  /** Counts and sums (whole rupiah) every application in the database. */
  stats(by: FinancingDimension): Promise<StatBucket[]> {
    return countBy(this.models.FinancingApplication, { filter: {}, ...DIMENSIONS[by], sumField: 'amountIdr' });
  }

  async apply(input: ApplyForFinancingInput): Promise<FinancingApplicationDoc> {
    const application = newFinancingApplication(input);
    const business = await this.businesses.get(application.businessId);
    if (!business) throw notFound(`No business with id ${application.businessId.toHexString()}`, 'input.businessId');
    checkBankLendsIn(application.bank, business);
    if (application.scheme === 'PMI') await this.checkPmiOwner(business);
    await this.models.FinancingApplication.create(application);
    return application as FinancingApplicationDoc;
  }

  /** The owner must be a worker that KP2MI knows now (asked of the graph), not just one recorded here. */
  private async checkPmiOwner(business: BusinessDoc): Promise<void> {
    if (!business.ownerWorkerId) throw badUserInput(`${PMI_RULE}; business ${business._id.toHexString()} has no registered owner`, 'input.scheme');
    const ownerId = business.ownerWorkerId.toHexString();
    if (!(await findWorker(this.graph, ownerId))) throw badUserInput(`${PMI_RULE}; the owner ${ownerId} is not registered with KP2MI`, 'input.scheme');
  }

  /**
   * Decided once: of concurrent decisions, in any replica, the one holding the claim makes its
   * guarded update; the others wait for it and then find the application decided.
   */
  async decide(id: string, approve: boolean): Promise<FinancingApplicationDoc> {
    const _id = parseObjectId(id, 'id', 'financing application');
    const decided = await this.claims.retry(`Financing application ${id}`, async () => {
      const held = await this.claims.once(`financing-decision:${id}`, async () =>
        (await this.models.FinancingApplication.findOneAndUpdate(
          { _id, status: 'SUBMITTED' },
          { $set: { status: approve ? 'APPROVED' : 'REJECTED', decidedOn: today() } },
          { returnDocument: 'after' },
        ).lean()) as FinancingApplicationDoc | null,
      );
      return held.held ? { doc: held.value } : undefined;
    });
    if (decided.doc) return decided.doc;
    const existing = (await this.models.FinancingApplication.findById(_id, { status: 1 }).lean()) as Pick<FinancingApplicationDoc, 'status'> | null;
    if (!existing) throw notFound(`No financing application with id ${id}`, 'id');
    throw conflict(`Financing application ${id} was already decided (${existing.status}); a decision cannot be changed`, 'id');
  }
}
