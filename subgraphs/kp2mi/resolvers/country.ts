import type { PageArgs } from '../../runtime/pagination';
import type { CountryDoc } from '../models/country';
import type { Kp2miContext } from './context';

type Ctx = Kp2miContext;

export const Country = {
  __resolveReference: (ref: { code: string }, { dataSources }: Ctx) => dataSources.countries.findByCode(ref.code),
  code: (country: CountryDoc) => country._id,
  activeWorkers: (country: CountryDoc, _: unknown, { dataSources }: Ctx) => dataSources.placements.activeWorkers(country._id),
  placements: (country: CountryDoc, args: PageArgs, { dataSources }: Ctx) => dataSources.placements.inCountry(country._id, args),
};
