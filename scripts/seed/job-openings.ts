import { NO_CLOSING_DAY } from '../../subgraphs/kp2mi/models/job-opening';
import type { JobSector } from '../../subgraphs/kp2mi/models/placement';
import { PLACEMENT_WEIGHTS } from '../../subgraphs/reference/countries';
import { ID_KIND, seedObjectId } from './ids';
import { ENERGY_COUNTRIES, employerFor, jobTitleFor, languagesFor, requirementsFor, sectorFor } from './labour-market';
import { createRandom } from './random';

export interface JobOpeningSeed {
  _id: string;
  title: string;
  employer: string;
  countryCode: string;
  sector: JobSector;
  vacancies: number;
  closesOn: Date | null;
  closesOnSort: Date;
  requirements: string[];
  requiredLanguages: string[];
}

/** One opening per seven workers, at least 40; three in ten in energy and mining, ESDM's focus. */
export function jobOpeningCount(workers: number): number {
  return Math.max(40, Math.round(workers / 7));
}

export function generateJobOpenings(seed: number, workers: number): JobOpeningSeed[] {
  const rng = createRandom(seed + 11);
  return Array.from({ length: jobOpeningCount(workers) }, (_, index) => {
    const energyOrMining = rng.chance(0.3);
    const countryCode = energyOrMining ? rng.weighted(ENERGY_COUNTRIES) : rng.weighted(PLACEMENT_WEIGHTS);
    const sector: JobSector = energyOrMining ? rng.weighted({ ENERGY: 65, MINING: 35 }) : sectorFor(rng, countryCode);
    const closesOn = rng.chance(0.85) ? rng.dateBetween(new Date('2026-09-01'), new Date('2027-06-30')) : null;
    const published = closesOn ? new Date(closesOn.getTime() - 90 * 86_400_000) : new Date('2026-06-01');
    return {
      _id: seedObjectId(published, ID_KIND.jobOpening, index),
      title: jobTitleFor(rng, sector),
      employer: employerFor(rng, countryCode, sector),
      countryCode,
      sector,
      vacancies: sector === 'ENERGY' || sector === 'MINING' ? rng.int(5, 60) : rng.int(1, 200),
      closesOn,
      closesOnSort: closesOn ?? NO_CLOSING_DAY,
      requirements: requirementsFor(rng, sector),
      requiredLanguages: languagesFor(countryCode, sector),
    };
  });
}
