import { countryCodeInput } from '../../runtime/country-input';
import { textInput } from '../../runtime/input';
import type { Filter } from '../../runtime/pagination';
import { CATEGORY_MAX } from './new-product';

export interface ProductFilterInput {
  category?: string | null;
  exportReady?: boolean | null;
  marketCountryCode?: string | null;
}

/** Turns the typed GraphQL filter into a MongoDB filter; nothing the user sends becomes an operator. */
export function productFilter(input: ProductFilterInput | null | undefined): Filter {
  const filter: Filter = {};
  if (!input) return filter;
  if (input.category != null) filter.category = textInput(input.category, 'filter.category', CATEGORY_MAX);
  if (input.exportReady != null) filter.exportReady = input.exportReady;
  if (input.marketCountryCode != null) filter.marketCountryCodes = countryCodeInput(input.marketCountryCode, 'filter.marketCountryCode');
  return filter;
}
