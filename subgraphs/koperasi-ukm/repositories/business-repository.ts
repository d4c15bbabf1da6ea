import type DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { keyLoader } from '../../runtime/loaders';
import { parseObjectId } from '../../runtime/object-id';
import { provinceCodeInput } from '../../runtime/province-input';
import { paginate, type Connection, type Filter, type PageArgs } from '../../runtime/pagination';
import type { KoperasiModels } from '../models';
import type { BusinessDoc } from '../models/business';

export interface BusinessFilterInput {
  provinceCode?: string | null;
  scale?: string | null;
  sector?: string | null;
  ownedByReturnedWorker?: boolean | null;
}

const ORDER = { field: 'name', direction: 1 } as const;

export function businessFilter(input: BusinessFilterInput | null | undefined): Filter {
  const filter: Filter = {};
  if (!input) return filter;
  if (input.scale) filter.scale = input.scale;
  if (input.sector) filter.sector = input.sector;
  if (input.ownedByReturnedWorker != null) filter.ownedByReturnedWorker = input.ownedByReturnedWorker;
  if (input.provinceCode != null) filter.provinceCode = provinceCodeInput(input.provinceCode, 'filter.provinceCode');
  return filter;
}

export class BusinessRepository {
  private readonly byId: DataLoader<string, BusinessDoc | null>;

  constructor(private readonly models: KoperasiModels) {
    this.byId = keyLoader<BusinessDoc>(models.Business, { toStored: (id) => new Types.ObjectId(id) });
  }

  findById(id: string): Promise<BusinessDoc | null> {
    return this.byId.load(parseObjectId(id, 'id', 'business').toHexString());
  }

  list(filter: BusinessFilterInput | null | undefined, page: PageArgs): Promise<Connection<BusinessDoc>> {
    return paginate<BusinessDoc>(this.models.Business, { filter: businessFilter(filter), order: ORDER, page });
  }
}
