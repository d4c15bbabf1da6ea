import type { CountryDoc } from '../models/country';
import type { Kp2miContext } from './context';

export const Country = {
  __resolveReference: (ref: { code: string }, { dataSources }: Kp2miContext) => dataSources.countries.findByCode(ref.code),
  code: (country: CountryDoc) => country._id,
};
