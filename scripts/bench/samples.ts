import type { WorkloadSamples } from './workloads';

type Connection = { edges: { node: { id: string } }[] };
type Answer = Record<'workers' | 'products' | 'energyCourses' | 'industryCourses' | 'jobOpenings' | 'businesses', Connection> & { countries: { code: string; activeWorkers: number }[] };

/**
 * Ids and codes of the dataset behind a gateway, read once before any load, so each request of a
 * workload has variables of its own. Asked as an ad-hoc question: `headers` must be a caller who may.
 */
export async function readSamples(url: string, headers: Record<string, string>): Promise<WorkloadSamples> {
  const query = `{
    workers(first: 100, filter: { status: RETURNED }) { edges { node { id } } }
    countries { code activeWorkers }
    products(first: 100) { edges { node { id } } }
    energyCourses(first: 100) { edges { node { id } } }
    industryCourses(first: 100) { edges { node { id } } }
    jobOpenings(first: 100) { edges { node { id } } }
    businesses(first: 100, filter: { ownedByReturnedWorker: true }) { edges { node { id } } }
  }`;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const { data, errors } = (await response.json()) as { data: Answer; errors?: unknown };
  if (errors) throw new Error(`could not read samples: ${JSON.stringify(errors)}`);
  const ids = (connection: Connection) => connection.edges.map((edge) => edge.node.id);
  return {
    workerIds: ids(data.workers),
    countryCodes: data.countries.filter((c) => c.activeWorkers > 0).map((c) => c.code),
    years: [2022, 2023, 2024, 2025, 2026],
    productIds: ids(data.products),
    energyCourseIds: ids(data.energyCourses),
    industryCourseIds: ids(data.industryCourses),
    jobOpeningIds: ids(data.jobOpenings),
    businessIds: ids(data.businesses),
  };
}
