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

export const WORKER_STORY = `query WorkerStory($id: ID!) {
  worker(id: $id) {
    id fullName status province { name }
    placements { country { code name } employer jobTitle sector scheme startDate endDate status }
    energyEnrollments { status score enrolledAt completedAt course { title skillArea trainingCenter { name city } } }
    energyCertificates { scheme issuer issuedOn expiresOn }
    industryEnrollments { status score course { title trainingCenter { name city } } }
    industryCertificates { scheme issuer issuedOn expiresOn }
    businesses {
      name sector scale ownedByReturnedWorker
      products { name category priceIdr exportReady markets { code name } }
      financing { scheme amountIdr bank status appliedOn }
    }
  }
}`;

export const COUNTRY_MARKET = `query CountryMarket($code: ID!) {
  country(code: $code) {
    code name activeWorkers
    marketedProducts(first: 20) {
      totalCount
      edges { node { name category priceIdr business { name ownedByReturnedWorker owner { id fullName status } } } }
    }
  }
}`;

export const ENERGY_JOBS = `query EnergyAndMiningJobs($sector: JobSector!) {
  jobOpenings(filter: { sector: $sector }, first: 20) {
    totalCount
    edges { node {
      title employer vacancies closesOn country { code name } requirements
      recommendedEnergyCourses { title skillArea durationHours seatsAvailable certificationScheme trainingCenter { name city } }
    } }
  }
}`;

export const ANALYST_STATISTICS = `query AnalystStatistics($year: Int!) {
  placementsByCountry: placementStats(by: COUNTRY, filter: { startYear: $year }) { key label count }
  workersByProvince: workerStats(by: PROVINCE, filter: { status: DEPLOYED }) { key label count }
  returnedOwnedBusinesses: businessStats(by: PROVINCE, filter: { ownedByReturnedWorker: true }) { key label count }
  financingByScheme: financingStats(by: SCHEME) { key label count totalAmountIdr }
}`;

export function contractQuestions(samples: Samples): BenchOperation[] {
  const at = <T>(list: T[], n: number) => list[n % list.length]!;
  return [
    { name: '1. worker story', query: WORKER_STORY, variables: (n) => ({ id: at(samples.workerIds, n) }) },
    { name: '2. country market', query: COUNTRY_MARKET, variables: (n) => ({ code: at(samples.countryCodes, n) }) },
    { name: '3. energy jobs', query: ENERGY_JOBS, variables: (n) => ({ sector: n % 2 === 0 ? 'ENERGY' : 'MINING' }) },
    { name: '4. statistics', query: ANALYST_STATISTICS, variables: (n) => ({ year: at(samples.years, n) }) },
  ];
}
