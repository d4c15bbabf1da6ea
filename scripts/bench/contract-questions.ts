import { registeredSource } from '../../lib/operation-registry';

/**
 * The four "questions one request must answer" of the contract, as operations with
 * variables drawn per request, so no answer is served twice from a single cached value.
 */
export interface BenchOperation {
  name: string;
  query: string;
  /** Variables for the n-th request. */
  variables(n: number): Record<string, unknown>;
}

export interface Samples {
  workerIds: string[];
  countryCodes: string[];
  years: number[];
}

// The questions as the contract's client registered them (operations/contract/): one text for the
// registry, the benchmark and the end-to-end tests.
export const WORKER_STORY = registeredSource('WorkerStory');
export const COUNTRY_MARKET = registeredSource('CountryMarket');
export const ENERGY_JOBS = registeredSource('EnergyAndMiningJobs');
export const ANALYST_STATISTICS = registeredSource('AnalystStatistics');

export function contractQuestions(samples: Samples): BenchOperation[] {
  const at = <T>(list: T[], n: number) => list[n % list.length]!;
  return [
    { name: '1. worker story', query: WORKER_STORY, variables: (n) => ({ id: at(samples.workerIds, n) }) },
    { name: '2. country market', query: COUNTRY_MARKET, variables: (n) => ({ code: at(samples.countryCodes, n) }) },
    { name: '3. energy jobs', query: ENERGY_JOBS, variables: (n) => ({ sector: n % 2 === 0 ? 'ENERGY' : 'MINING' }) },
    { name: '4. statistics', query: ANALYST_STATISTICS, variables: (n) => ({ year: at(samples.years, n) }) },
  ];
}
