import { countryByCode } from '../reference/countries';
import { badUserInput } from './errors';

/** An ISO 3166-1 alpha-2 code of a destination country known to the graph, upper-cased. */
export function countryCodeInput(code: string, field: string): string {
  const upper = code.trim().toUpperCase();
  if (!countryByCode(upper)) throw badUserInput(`${field.split('.').at(-1)} "${code}" is not a destination country known to the graph (ISO 3166-1 alpha-2, e.g. "TW")`, field);
  return upper;
}
