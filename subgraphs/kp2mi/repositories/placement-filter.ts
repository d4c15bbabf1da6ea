import { badUserInput } from '../../runtime/errors';
import { countryCodeInput } from '../../runtime/country-input';
import type { Filter } from '../../runtime/pagination';

export interface PlacementFilterInput {
  countryCode?: string | null;
  sector?: string | null;
  scheme?: string | null;
  status?: string | null;
  startYear?: number | null;
}

export function placementFilter(input: PlacementFilterInput | null | undefined): Filter {
  const filter: Filter = {};
  if (!input) return filter;
  if (input.countryCode != null) filter.countryCode = countryCodeInput(input.countryCode, 'filter.countryCode');
  if (input.sector) filter.sector = input.sector;
  if (input.scheme) filter.scheme = input.scheme;
  if (input.status) filter.status = input.status;
  if (input.startYear != null) {
    if (input.startYear < 1990 || input.startYear > 2100) throw badUserInput('startYear must be between 1990 and 2100', 'filter.startYear');
    filter.startYear = input.startYear;
  }
  return filter;
}
