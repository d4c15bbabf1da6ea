import { countryByCode, isIsoCountryCode } from '../reference/countries';
import { badUserInput } from './errors';

/**
 * An ISO 3166-1 alpha-2 code of a destination country known to the graph, upper-cased. A code that
 * is no ISO country at all and one of a country PMI are not placed in are told apart, so a form
 * can say which mistake was made.
 */
export function countryCodeInput(code: string, field: string): string {
  const upper = code.trim().toUpperCase();
  const name = field.split('.').at(-1);
  if (!isIsoCountryCode(upper)) throw badUserInput(`${name} "${code}" is not an ISO 3166-1 alpha-2 country code (e.g. "TW")`, field);
  if (!countryByCode(upper)) throw badUserInput(`${name} "${code}" is not a destination country known to the graph (ISO 3166-1 alpha-2, e.g. "TW")`, field);
  return upper;
}
