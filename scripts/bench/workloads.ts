import { contractQuestions, type BenchOperation } from './contract-questions';

/** Ids and codes drawn from the benchmark dataset, so variables differ from request to request. */
export interface WorkloadSamples {
  workerIds: string[];
  countryCodes: string[];
  years: number[];
  productIds: string[];
  energyCourseIds: string[];
  industryCourseIds: string[];
  jobOpeningIds: string[];
  businessIds: string[];
}

export interface Workload {
  name: 'gateway-bound' | 'mix';
  description: string;
  operations: BenchOperation[];
}

const at = <T>(list: T[], n: number) => list[n % list.length]!;

/**
 * Fans out across all four subgraphs but reads only small collections and `_id` lookups,
 * so the gateways, not the database, set the pace.
 */
function gatewayBound(s: WorkloadSamples): Workload {
  return {
    name: 'gateway-bound',
    description: 'small collections and _id lookups across the four subgraphs',
    operations: [
      {
        name: 'directory',
        query: `query Directory($code: ID!) {
  country(code: $code) { code name region }
  esdmTrainingCenters { code name city }
  bdiTrainingCenters { code name city }
  kurBanks { code name }
}`,
        variables: (n) => ({ code: at(s.countryCodes, n) }),
      },
      {
        name: 'product card',
        query: `query ProductCard($id: ID!) {
  product(id: $id) { id name category priceIdr unit exportReady certifications markets { code name region } business { name scale sector province { name } } }
}`,
        variables: (n) => ({ id: at(s.productIds, n) }),
      },
      {
        name: 'course cards',
        query: `query CourseCards($energy: ID!, $industry: ID!) {
  energyCourse(id: $energy) { id title skillArea durationHours seatsAvailable certificationScheme trainingCenter { name city } }
  industryCourse(id: $industry) { id title skillArea durationHours trainingCenter { name city } }
}`,
        variables: (n) => ({ energy: at(s.energyCourseIds, n), industry: at(s.industryCourseIds, n) }),
      },
      {
        name: 'business and owner',
        query: `query BusinessCard($id: ID!) {
  business(id: $id) { id name scale sector foundedOn province { name } owner { id fullName status languages province { name } } }
}`,
        variables: (n) => ({ id: at(s.businessIds, n) }),
      },
    ],
  };
}

/** What users ask day to day: the contract's four questions, filtered pages and statistics. */
function mix(s: WorkloadSamples): Workload {
  const statuses = ['READY', 'DEPLOYED', 'RETURNED', 'VERIFIED'];
  return {
    name: 'mix',
    description: "the contract's four questions, paginated lists with filters, statistics",
    operations: [
      ...contractQuestions({ workerIds: s.workerIds, countryCodes: s.countryCodes, years: s.years }),
      {
        name: 'workers page',
        query: `query WorkersPage($status: WorkerStatus!, $first: Int!) {
  workers(filter: { status: $status }, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { id fullName status registeredAt province { name } } } }
}`,
        variables: (n) => ({ status: at(statuses, n), first: 10 + (n % 3) * 5 }),
      },
      {
        name: 'job openings page',
        query: `query OpeningsPage($code: String!) {
  jobOpenings(filter: { countryCode: $code }, first: 20) { totalCount edges { node { id title employer vacancies closesOn sector country { name } } } }
}`,
        variables: (n) => ({ code: at(s.countryCodes, n) }),
      },
      {
        name: 'export products page',
        query: `query ExportProducts($code: String!) {
  products(filter: { exportReady: true, marketCountryCode: $code }, first: 20) { totalCount edges { node { id name priceIdr business { name ownedByReturnedWorker } markets { code } } } }
}`,
        variables: (n) => ({ code: at(s.countryCodes, n) }),
      },
      {
        name: 'dimension statistics',
        query: `query DimensionStats($by: WorkerDimension!, $businessBy: BusinessDimension!) {
  workerStats(by: $by) { key label count }
  businessStats(by: $businessBy) { key label count }
}`,
        variables: (n) => ({ by: at(['PROVINCE', 'STATUS', 'SEX', 'EDUCATION'], n), businessBy: at(['PROVINCE', 'SCALE', 'SECTOR'], n) }),
      },
    ],
  };
}

export function workloads(samples: WorkloadSamples): Workload[] {
  return [gatewayBound(samples), mix(samples)];
}
