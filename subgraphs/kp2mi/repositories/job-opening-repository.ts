import type DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { countryCodeInput } from '../../runtime/country-input';
import { badUserInput } from '../../runtime/errors';
import { languagesInput, textInput, textListInput, today } from '../../runtime/input';
import { keyLoader } from '../../runtime/loaders';
import { parseObjectId } from '../../runtime/object-id';
import { paginate, type Connection, type Filter, type PageArgs } from '../../runtime/pagination';
import type { Kp2miModels } from '../models';
import { NO_CLOSING_DAY, type JobOpeningDoc } from '../models/job-opening';
import type { JobSector } from '../models/placement';

export interface JobOpeningFilterInput {
  countryCode?: string | null;
  sector?: string | null;
  openOn?: Date | null;
}

export interface PublishJobOpeningInput {
  title: string;
  employer: string;
  countryCode: string;
  sector: JobSector;
  vacancies: number;
  closesOn?: Date | null;
  requirements?: string[] | null;
  requiredLanguages?: string[] | null;
}

/** Closing soonest first, openings without a closing day last; documented in the schema. */
const ORDER = { field: 'closesOnSort', direction: 1 } as const;

export function jobOpeningFilter(input: JobOpeningFilterInput | null | undefined): Filter {
  const filter: Filter = {};
  if (!input) return filter;
  if (input.countryCode != null) filter.countryCode = countryCodeInput(input.countryCode, 'filter.countryCode');
  if (input.sector) filter.sector = input.sector;
  if (input.openOn) filter.closesOnSort = { $gte: input.openOn };
  return filter;
}

export class JobOpeningRepository {
  private readonly byId: DataLoader<string, JobOpeningDoc | null>;

  constructor(private readonly models: Kp2miModels) {
    this.byId = keyLoader<JobOpeningDoc>(models.JobOpening, { toStored: (id) => new Types.ObjectId(id) });
  }

  findById(id: string): Promise<JobOpeningDoc | null> {
    return this.byId.load(parseObjectId(id, 'id', 'job opening').toHexString());
  }

  async exists(id: Types.ObjectId): Promise<boolean> {
    return (await this.byId.load(id.toHexString())) !== null;
  }

  list(filter: JobOpeningFilterInput | null | undefined, page: PageArgs): Promise<Connection<JobOpeningDoc>> {
    return paginate<JobOpeningDoc>(this.models.JobOpening, { connection: 'Query.jobOpenings', filter: jobOpeningFilter(filter), order: ORDER, page });
  }

  async publish(input: PublishJobOpeningInput): Promise<JobOpeningDoc> {
    if (!Number.isInteger(input.vacancies) || input.vacancies < 1 || input.vacancies > 10_000) {
      throw badUserInput('vacancies must be between 1 and 10000', 'input.vacancies');
    }
    if (input.closesOn && input.closesOn < today()) throw badUserInput('closesOn must not be in the past', 'input.closesOn');
    const doc = {
      _id: new Types.ObjectId(),
      title: textInput(input.title, 'input.title', 100),
      employer: textInput(input.employer, 'input.employer', 150),
      countryCode: countryCodeInput(input.countryCode, 'input.countryCode'),
      sector: input.sector,
      vacancies: input.vacancies,
      closesOn: input.closesOn ?? null,
      closesOnSort: input.closesOn ?? NO_CLOSING_DAY,
      requirements: textListInput(input.requirements, 'input.requirements', 20, 200),
      requiredLanguages: languagesInput(input.requiredLanguages, 'input.requiredLanguages'),
    };
    await this.models.JobOpening.create(doc);
    return doc as unknown as JobOpeningDoc;
  }
}
