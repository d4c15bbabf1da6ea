import type DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { Claims } from '../../runtime/claims';
import { conflict, notFound } from '../../runtime/errors';
import { keyLoader } from '../../runtime/loaders';
import { parseObjectId } from '../../runtime/object-id';
import { paginate, type Connection, type PageArgs } from '../../runtime/pagination';
import { countBy, type StatBucket } from '../../runtime/statistics';
import { enumLabel, provinceLabel } from '../labels';
import type { Kp2miModels } from '../models';
import { WORKER_STATUSES, type WorkerDoc, type WorkerStatus } from '../models/worker';
import { nikInput } from '../nik-input';
import { workerFilter, type WorkerFilterInput } from './worker-filter';
import { newWorker, type RegisterWorkerInput } from './worker-registration';

/** What a worker's public fields need; personal data is read only when a field asks for it. */
const PUBLIC_PROJECTION = { fullName: 1, sex: 1, provinceCode: 1, education: 1, status: 1, languages: 1, registeredAt: 1 } as const;
const PERSONAL_PROJECTION = { nik: 1, birthDate: 1, phone: 1, passportNumber: 1 } as const;

export type PersonalData = Pick<WorkerDoc, '_id' | 'nik' | 'birthDate' | 'phone' | 'passportNumber'>;

/** Newest registration first; documented in the schema. */
const ORDER = { field: 'registeredAt', direction: -1 } as const;

const DIMENSIONS = {
  PROVINCE: { field: 'provinceCode', label: provinceLabel },
  STATUS: { field: 'status', label: enumLabel },
  SEX: { field: 'sex', label: enumLabel },
  EDUCATION: { field: 'education', label: enumLabel },
} as const;

/** Forward along the lifecycle, or RETURNED → READY for a new placement. */
export function canMove(from: string, to: string): boolean {
  const order = WORKER_STATUSES as readonly string[];
  return order.indexOf(to) > order.indexOf(from) || (from === 'RETURNED' && to === 'READY');
}

export class WorkerRepository {
  private readonly byId: DataLoader<string, WorkerDoc | null>;
  private readonly personalById: DataLoader<string, PersonalData | null>;

  constructor(private readonly models: Kp2miModels) {
    const toStored = (id: string) => new Types.ObjectId(id);
    this.byId = keyLoader<WorkerDoc>(models.Worker, { toStored, projection: PUBLIC_PROJECTION });
    this.personalById = keyLoader<PersonalData>(models.Worker, { toStored, projection: PERSONAL_PROJECTION });
  }

  /** Batched with every other lookup of the same request, entity references from the gateway included. */
  findById(id: string): Promise<WorkerDoc | null> {
    return this.byId.load(parseObjectId(id, 'id', 'worker').toHexString());
  }

  /** The one way to personal data (NIK, birth date, phone, passport), so access to it has one place to be checked. */
  personalData(worker: { _id: Types.ObjectId }): Promise<PersonalData | null> {
    return this.personalById.load(worker._id.toHexString());
  }

  async findByNik(nik: string): Promise<WorkerDoc | null> {
    nikInput(nik, 'nik');
    const worker = (await this.models.Worker.findOne({ nik }, { ...PUBLIC_PROJECTION, ...PERSONAL_PROJECTION }).lean()) as WorkerDoc | null;
    if (worker) this.personalById.prime(worker._id.toHexString(), worker);
    return worker;
  }

  list(filter: WorkerFilterInput | null | undefined, page: PageArgs): Promise<Connection<WorkerDoc>> {
    return paginate<WorkerDoc>(this.models.Worker, { connection: 'Query.workers', filter: workerFilter(filter), order: ORDER, page, projection: PUBLIC_PROJECTION });
  }

  stats(by: keyof typeof DIMENSIONS, filter: WorkerFilterInput | null | undefined): Promise<StatBucket[]> {
    return countBy(this.models.Worker, { filter: workerFilter(filter), ...DIMENSIONS[by] });
  }

  async register(input: RegisterWorkerInput): Promise<WorkerDoc> {
    const doc = newWorker(input);
    if (await this.models.Worker.exists({ nik: doc.nik })) throw conflict('A worker with this NIK is already registered', 'input.nik');
    try {
      await this.models.Worker.create(doc);
    } catch (err) {
      // Two registrations of one NIK at the same moment: the unique index decides.
      if ((err as { code?: number }).code === 11000) throw conflict('A worker with this NIK is already registered', 'input.nik');
      throw err;
    }
    return doc as unknown as WorkerDoc;
  }

  async updateStatus(id: string, status: WorkerStatus): Promise<WorkerDoc> {
    const _id = parseObjectId(id, 'id', 'worker');
    const worker = (await this.models.Worker.findById(_id, PUBLIC_PROJECTION).lean()) as WorkerDoc | null;
    if (!worker) throw notFound(`No worker with id ${id}`, 'id');
    if (!canMove(worker.status, status)) {
      throw conflict(`A worker's status moves only forward (or RETURNED → READY); cannot move from ${worker.status} to ${status}`, 'status');
    }
    // Made by the one holder of the claim on the status we checked (in any replica), and
    // conditional on it, so of two concurrent moves only one applies.
    const moved = await new Claims(this.models.Claim).once(`worker-status:${id}:${worker.status}`, () => this.models.Worker.updateOne({ _id, status: worker.status }, { $set: { status } }));
    if (!moved.held || moved.value.matchedCount === 0) throw conflict(`The worker's status changed meanwhile; read it again and retry`, 'status');
    return { ...worker, status };
  }

  /** Recording an ACTIVE placement deploys the worker. */
  async markDeployed(workerId: Types.ObjectId): Promise<void> {
    await this.models.Worker.updateOne({ _id: workerId }, { $set: { status: 'DEPLOYED' } });
    // The same request may read the worker again (the mutation's selection): not the status cached before.
    this.byId.clear(workerId.toHexString());
  }
}
