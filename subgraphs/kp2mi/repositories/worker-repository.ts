import type DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { badUserInput } from '../../runtime/errors';
import { keyLoader } from '../../runtime/loaders';
import { parseObjectId } from '../../runtime/object-id';
import { provinceCodeInput } from '../../runtime/province-input';
import { paginate, type Connection, type Filter, type PageArgs } from '../../runtime/pagination';
import type { Kp2miModels } from '../models';
import type { WorkerDoc } from '../models/worker';

export interface WorkerFilterInput {
  status?: string | null;
  provinceCode?: string | null;
  sex?: string | null;
  education?: string | null;
  registeredFrom?: Date | null;
  registeredTo?: Date | null;
  nameContains?: string | null;
}

export const NAME_CONTAINS_MAX = 100;

/** What a worker resolver reads; personal data stays in the database unless a field asks for it. */
const PUBLIC_PROJECTION = { fullName: 1, sex: 1, provinceCode: 1, education: 1, status: 1, languages: 1, registeredAt: 1 } as const;

/** Newest registration first; documented in the schema. */
const ORDER = { field: 'registeredAt', direction: -1 } as const;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns the typed GraphQL filter into a MongoDB filter; nothing the user sends becomes an operator. */
export function workerFilter(input: WorkerFilterInput | null | undefined): Filter {
  const filter: Filter = {};
  if (!input) return filter;
  if (input.status) filter.status = input.status;
  if (input.sex) filter.sex = input.sex;
  if (input.education) filter.education = input.education;
  if (input.provinceCode != null) filter.provinceCode = provinceCodeInput(input.provinceCode, 'filter.provinceCode');
  if (input.registeredFrom || input.registeredTo) {
    if (input.registeredFrom && input.registeredTo && input.registeredFrom > input.registeredTo) {
      throw badUserInput('registeredFrom must not be after registeredTo', 'filter.registeredFrom');
    }
    const range: Record<string, Date> = {};
    if (input.registeredFrom) range.$gte = input.registeredFrom;
    // registeredTo is a whole day: include everything registered on it.
    if (input.registeredTo) range.$lt = new Date(input.registeredTo.getTime() + 86_400_000);
    filter.registeredAt = range;
  }
  if (input.nameContains != null) {
    if (input.nameContains.length > NAME_CONTAINS_MAX) {
      throw badUserInput(`nameContains must be at most ${NAME_CONTAINS_MAX} characters`, 'filter.nameContains');
    }
    filter.fullName = { $regex: escapeRegex(input.nameContains), $options: 'i' };
  }
  return filter;
}

export class WorkerRepository {
  private readonly byId: DataLoader<string, WorkerDoc | null>;

  constructor(private readonly models: Kp2miModels) {
    this.byId = keyLoader<WorkerDoc>(models.Worker, { toStored: (id) => new Types.ObjectId(id), projection: PUBLIC_PROJECTION });
  }

  /** Batched with every other lookup of the same request, entity references from the gateway included. */
  findById(id: string): Promise<WorkerDoc | null> {
    return this.byId.load(parseObjectId(id, 'id', 'worker').toHexString());
  }

  list(filter: WorkerFilterInput | null | undefined, page: PageArgs): Promise<Connection<WorkerDoc>> {
    return paginate<WorkerDoc>(this.models.Worker, { filter: workerFilter(filter), order: ORDER, page, projection: PUBLIC_PROJECTION });
  }
}
