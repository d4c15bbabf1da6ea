import type { JobOpeningDoc } from '../models/job-opening';
import type { Kp2miContext } from './context';

type Ctx = Kp2miContext;

export const JobOpening = {
  __resolveReference: (ref: { id: string }, { dataSources }: Ctx) => dataSources.jobOpenings.findById(ref.id),
  id: (opening: JobOpeningDoc) => opening._id.toHexString(),
  country: (opening: JobOpeningDoc, _: unknown, { dataSources }: Ctx) => dataSources.countries.findByCode(opening.countryCode),
};
