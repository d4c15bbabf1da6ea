import type { PageArgs } from '../../runtime/pagination';
import type { KoperasiContext } from './context';

/** kp2mi's country as the gateway refers to it; its code is all this subgraph needs, so there is nothing to load. */
interface CountryRef {
  code: string;
}

export const Country = {
  marketedProducts: (country: CountryRef, args: PageArgs, { dataSources }: KoperasiContext) => dataSources.products.marketedIn(country.code, args),
};
