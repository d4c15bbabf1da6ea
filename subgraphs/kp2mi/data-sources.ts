import type { DataSourceContext } from '../runtime/definition';
import { DataSubjectRequests } from './data-subject-requests';
import type { Kp2miModels } from './models';
import { kp2miPersonalData } from './personal-data-store';
import { CountryRepository } from './repositories/country-repository';
import { JobOpeningRepository } from './repositories/job-opening-repository';
import { PlacementRepository } from './repositories/placement-repository';
import { WorkerRepository } from './repositories/worker-repository';

/** Per-request repositories of the kp2mi subgraph (each holds its own loaders). */
export function createKp2miDataSources(models: Kp2miModels, context: DataSourceContext) {
  return {
    personalData: kp2miPersonalData(models),
    dataSubjectRequests: new DataSubjectRequests(models, context.logger),
    sendPart: context.sendPart,
    workers: new WorkerRepository(models),
    countries: new CountryRepository(models),
    placements: new PlacementRepository(models),
    jobOpenings: new JobOpeningRepository(models),
  };
}

export type Kp2miDataSources = ReturnType<typeof createKp2miDataSources>;
