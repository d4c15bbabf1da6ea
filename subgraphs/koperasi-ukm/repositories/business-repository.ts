import type DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { notFound } from '../../runtime/errors';
import { findWorker, type GraphClient } from '../../runtime/graph-client';
import { groupLoader, keyLoader } from '../../runtime/loaders';
import { parseObjectId } from '../../runtime/object-id';
import { paginate, type Connection, type Filter, type PageArgs } from '../../runtime/pagination';
import { provinceCodeInput } from '../../runtime/province-input';
import { countBy, type StatBucket } from '../../runtime/statistics';
import { enumLabel, provinceLabel } from '../labels';
import type { KoperasiModels } from '../models';
import type { BusinessDoc } from '../models/business';
import { newBusiness, type RegisterBusinessInput } from './business-registration';

/** By name, ties by id; documented in the schema. */
const ORDER = { field: 'name', direction: 1 } as const;

const DIMENSIONS = {
  PROVINCE: { field: 'provinceCode', label: provinceLabel },
  SCALE: { field: 'scale', label: enumLabel },
  SECTOR: { field: 'sector', label: enumLabel },
} as const;

export type BusinessDimension = keyof typeof DIMENSIONS;

export interface BusinessFilterInput {
  provinceCode?: string | null;
  scale?: string | null;
  sector?: string | null;
  ownedByReturnedWorker?: boolean | null;
}

/** Turns the typed GraphQL filter into a MongoDB filter; nothing the user sends becomes an operator. */
export function businessFilter(input: BusinessFilterInput | null | undefined): Filter {
  const filter: Filter = {};
  if (!input) return filter;
  if (input.scale) filter.scale = input.scale;
  if (input.sector) filter.sector = input.sector;
  if (input.ownedByReturnedWorker != null) filter.ownedByReturnedWorker = input.ownedByReturnedWorker;
  if (input.provinceCode != null) filter.provinceCode = provinceCodeInput(input.provinceCode, 'filter.provinceCode');
  return filter;
}

const toObjectId = (id: string) => new Types.ObjectId(id);

export class BusinessRepository {
  private readonly byId: DataLoader<string, BusinessDoc | null>;
  private readonly byOwner: DataLoader<string, BusinessDoc[]>;

  constructor(
    private readonly models: KoperasiModels,
    private readonly graph: GraphClient,
  ) {
    this.byId = keyLoader<BusinessDoc>(models.Business, { toStored: toObjectId });
    this.byOwner = groupLoader<BusinessDoc>(models.Business, { field: 'ownerWorkerId', toStored: toObjectId, sort: { name: 1, _id: 1 } });
  }

  findById(id: string): Promise<BusinessDoc | null> {
    return this.get(parseObjectId(id, 'id', 'business'));
  }

  /** Batched with every other lookup of the same request: products' and applications' businesses, entity references. */
  get(id: Types.ObjectId): Promise<BusinessDoc | null> {
    return this.byId.load(id.toHexString());
  }

  async ownedBy(workerId: string): Promise<BusinessDoc[]> {
    return this.remember(await this.byOwner.load(parseObjectId(workerId, 'id', 'worker').toHexString()));
  }

  async list(filter: BusinessFilterInput | null | undefined, page: PageArgs): Promise<Connection<BusinessDoc>> {
    const connection = await paginate<BusinessDoc>(this.models.Business, { connection: 'Query.businesses', filter: businessFilter(filter), order: ORDER, page });
    this.remember(connection.edges.map((edge) => edge.node));
    return connection;
  }

  /** Businesses already read need no second read when their products or applications point back to them. */
  private remember(businesses: BusinessDoc[]): BusinessDoc[] {
    for (const business of businesses) this.byId.prime(business._id.toHexString(), business);
    return businesses;
  }

  stats(by: BusinessDimension, filter: BusinessFilterInput | null | undefined): Promise<StatBucket[]> {
    return countBy(this.models.Business, { filter: businessFilter(filter), ...DIMENSIONS[by] });
  }

  async register(input: RegisterBusinessInput): Promise<BusinessDoc> {
    const business = newBusiness(input);
    if (business.ownerWorkerId) {
      const owner = await findWorker(this.graph, business.ownerWorkerId.toHexString());
      if (!owner) throw notFound(`No worker with id ${business.ownerWorkerId.toHexString()}`, 'input.ownerWorkerId');
      business.ownedByReturnedWorker = owner.status === 'RETURNED';
    }
    await this.models.Business.create(business);
    return business as BusinessDoc;
  }
}
