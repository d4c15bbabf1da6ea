import { contractQuestions, type BenchOperation } from './contract-questions';
import { registeredDocument } from './registered-documents';

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
        ...registeredDocument('Directory'),
        variables: (n) => ({ code: at(s.countryCodes, n) }),
      },
      {
        name: 'product card',
        ...registeredDocument('ProductCard'),
        variables: (n) => ({ id: at(s.productIds, n) }),
      },
      {
        name: 'course cards',
        ...registeredDocument('CourseCards'),
        variables: (n) => ({ energy: at(s.energyCourseIds, n), industry: at(s.industryCourseIds, n) }),
      },
      {
        name: 'business and owner',
        ...registeredDocument('BusinessCard'),
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
        ...registeredDocument('WorkersPage'),
        variables: (n) => ({ status: at(statuses, n), first: 10 + (n % 3) * 5 }),
      },
      {
        name: 'job openings page',
        ...registeredDocument('OpeningsPage'),
        variables: (n) => ({ code: at(s.countryCodes, n) }),
      },
      {
        name: 'export products page',
        ...registeredDocument('ExportProducts'),
        variables: (n) => ({ code: at(s.countryCodes, n) }),
      },
      {
        name: 'dimension statistics',
        ...registeredDocument('DimensionStats'),
        variables: (n) => ({ by: at(['PROVINCE', 'STATUS', 'SEX', 'EDUCATION'], n), businessBy: at(['PROVINCE', 'SCALE', 'SECTOR'], n) }),
      },
    ],
  };
}

export function workloads(samples: WorkloadSamples): Workload[] {
  return [gatewayBound(samples), mix(samples)];
}
