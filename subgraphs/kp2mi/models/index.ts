import { dataSubjectRequestModel } from './data-subject-request';
import type { Connection } from 'mongoose';
import { claimModel } from '../../runtime/claims';
import { countryModel } from './country';
import { jobOpeningModel } from './job-opening';
import { placementModel } from './placement';
import { workerModel } from './worker';

export function createKp2miModels(connection: Connection) {
  return {
    Worker: workerModel(connection),
    Country: countryModel(connection),
    Placement: placementModel(connection),
    JobOpening: jobOpeningModel(connection),
    Claim: claimModel(connection),
    DataSubjectRequest: dataSubjectRequestModel(connection),
  };
}

export type Kp2miModels = ReturnType<typeof createKp2miModels>;
