import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { countryCodeInput } from '../../runtime/country-input';
import { badUserInput, conflict, notFound } from '../../runtime/errors';
import { textInput } from '../../runtime/input';
import { groupLoader } from '../../runtime/loaders';
import { parseObjectId } from '../../runtime/object-id';
import { paginate, type Connection, type PageArgs } from '../../runtime/pagination';
import { countBy, type StatBucket } from '../../runtime/statistics';
import { countryLabel, enumLabel, yearLabel } from '../labels';
import type { Kp2miModels } from '../models';
import type { JobSector, PlacementDoc, PlacementScheme, PlacementStatus } from '../models/placement';
import { placementFilter, type PlacementFilterInput } from './placement-filter';

/** Most recent start first; documented in the schema. */
const ORDER = { field: 'startDate', direction: -1 } as const;

const DIMENSIONS = {
  COUNTRY: { field: 'countryCode', label: countryLabel },
  SECTOR: { field: 'sector', label: enumLabel },
  SCHEME: { field: 'scheme', label: enumLabel },
  STATUS: { field: 'status', label: enumLabel },
  START_YEAR: { field: 'startYear', label: yearLabel },
} as const;

export interface RecordPlacementInput {
  workerId: string;
  countryCode: string;
  employer: string;
  jobTitle: string;
  sector: JobSector;
  scheme: PlacementScheme;
  startDate: Date;
  endDate?: Date | null;
  status?: PlacementStatus | null;
  jobOpeningId?: string | null;
}

/** What recordPlacement needs to know about the worker and the opening; checked before anything is written. */
export interface PlacementChecks {
  workerStatus(workerId: Types.ObjectId): Promise<string | null>;
  jobOpeningExists(id: Types.ObjectId): Promise<boolean>;
}

export class PlacementRepository {
  private readonly byWorker: DataLoader<string, PlacementDoc[]>;
  private readonly activeWorkersByCountry: DataLoader<string, number>;

  constructor(private readonly models: Kp2miModels) {
    this.byWorker = groupLoader<PlacementDoc>(models.Placement, { field: 'workerId', toStored: (id) => new Types.ObjectId(id), sort: { startDate: -1, _id: -1 } });
    this.activeWorkersByCountry = new DataLoader(async (codes) => {
      // Distinct workers: an extension recorded before the old contract was closed must not count twice.
      const rows = (await models.Placement.aggregate([
        { $match: { status: 'ACTIVE', countryCode: codes.length === 1 ? codes[0] : { $in: codes } } },
        { $group: { _id: { country: '$countryCode', worker: '$workerId' } } },
        { $group: { _id: '$_id.country', workers: { $sum: 1 } } },
      ])) as { _id: string; workers: number }[];
      const counts = new Map(rows.map((row) => [row._id, row.workers]));
      return codes.map((code) => counts.get(code) ?? 0);
    });
  }

  forWorker(workerId: Types.ObjectId): Promise<PlacementDoc[]> {
    return this.byWorker.load(workerId.toHexString());
  }

  /** The ACTIVE placement, else the PLANNED one (placements are loaded newest first). */
  async current(workerId: Types.ObjectId): Promise<PlacementDoc | null> {
    const placements = await this.forWorker(workerId);
    return placements.find((p) => p.status === 'ACTIVE') ?? placements.find((p) => p.status === 'PLANNED') ?? null;
  }

  activeWorkers(countryCode: string): Promise<number> {
    return this.activeWorkersByCountry.load(countryCode);
  }

  async findById(id: string): Promise<PlacementDoc | null> {
    return (await this.models.Placement.findById(parseObjectId(id, 'id', 'placement')).lean()) as PlacementDoc | null;
  }

  list(filter: PlacementFilterInput | null | undefined, page: PageArgs): Promise<Connection<PlacementDoc>> {
    return paginate<PlacementDoc>(this.models.Placement, { connection: 'Query.placements', filter: placementFilter(filter), order: ORDER, page });
  }

  inCountry(countryCode: string, page: PageArgs): Promise<Connection<PlacementDoc>> {
    return paginate<PlacementDoc>(this.models.Placement, { connection: 'Country.placements', filter: { countryCode }, order: ORDER, page });
  }

  stats(by: keyof typeof DIMENSIONS, filter: PlacementFilterInput | null | undefined): Promise<StatBucket[]> {
    return countBy(this.models.Placement, { filter: placementFilter(filter), ...DIMENSIONS[by] });
  }

  async record(input: RecordPlacementInput, checks: PlacementChecks): Promise<PlacementDoc> {
    const workerId = parseObjectId(input.workerId, 'input.workerId', 'worker');
    const status = input.status ?? 'PLANNED';
    if (status !== 'PLANNED' && status !== 'ACTIVE') throw badUserInput(`A new placement is PLANNED or ACTIVE; got ${status}`, 'input.status');
    if (input.endDate && input.endDate < input.startDate) throw badUserInput('endDate must not be before startDate', 'input.endDate');
    const doc = {
      _id: new Types.ObjectId(),
      workerId,
      countryCode: countryCodeInput(input.countryCode, 'input.countryCode'),
      employer: textInput(input.employer, 'input.employer', 150),
      jobTitle: textInput(input.jobTitle, 'input.jobTitle', 100),
      sector: input.sector,
      scheme: input.scheme,
      startDate: input.startDate,
      startYear: input.startDate.getUTCFullYear(),
      endDate: input.endDate ?? null,
      status,
      jobOpeningId: input.jobOpeningId ? parseObjectId(input.jobOpeningId, 'input.jobOpeningId', 'job opening') : null,
    };
    const workerStatus = await checks.workerStatus(workerId);
    if (workerStatus === null) throw notFound(`No worker with id ${input.workerId}`, 'input.workerId');
    if (workerStatus !== 'READY' && workerStatus !== 'DEPLOYED') {
      throw conflict(`A placement needs a READY worker (or a DEPLOYED one, for an extension); this worker is ${workerStatus}`, 'input.workerId');
    }
    if (doc.jobOpeningId && !(await checks.jobOpeningExists(doc.jobOpeningId))) throw notFound(`No job opening with id ${input.jobOpeningId}`, 'input.jobOpeningId');
    await this.models.Placement.create(doc);
    if (status === 'ACTIVE') {
      // An extension: the contract it replaces is over.
      await this.models.Placement.updateMany({ workerId, status: 'ACTIVE', _id: { $ne: doc._id } }, { $set: { status: 'COMPLETED' } });
    }
    return doc as unknown as PlacementDoc;
  }
}
