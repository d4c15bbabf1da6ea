import { registeredDocument } from './registered-documents';

/**
 * The four "questions one request must answer" of the contract, as operations with
 * variables drawn per request, so no answer is served twice from a single cached value.
 */
export interface BenchOperation {
  name: string;
  /** The registered document's text, as the manifest holds it. */
  query: string;
  /** Its id in the manifest, sent instead of the text by the gateways measured with ids. */
  documentId: string;
  /** Variables for the n-th request. */
  variables(n: number): Record<string, unknown>;
}

export interface Samples {
  workerIds: string[];
  countryCodes: string[];
  years: number[];
}

export function contractQuestions(samples: Samples): BenchOperation[] {
  const at = <T>(list: T[], n: number) => list[n % list.length]!;
  return [
    { name: '1. worker story', ...registeredDocument('WorkerStory'), variables: (n) => ({ id: at(samples.workerIds, n) }) },
    { name: '2. country market', ...registeredDocument('CountryMarket'), variables: (n) => ({ code: at(samples.countryCodes, n) }) },
    { name: '3. energy jobs', ...registeredDocument('EnergyAndMiningJobs'), variables: (n) => ({ sector: n % 2 === 0 ? 'ENERGY' : 'MINING' }) },
    { name: '4. statistics', ...registeredDocument('AnalystStatistics'), variables: (n) => ({ year: at(samples.years, n) }) },
  ];
}
