import type { Kp2miModels } from '../../subgraphs/kp2mi/models';
import { COUNTRIES } from '../../subgraphs/reference/countries';
import type { SeedContext } from './context';
import { generateDataSubjectRequests } from './data-subject-requests';
import { generateJobOpenings } from './job-openings';
import { generatePlacements } from './placements';

/** kp2mi: destination countries, workers, job openings abroad, the workers' placements and a few answered data-subject requests. */
export async function seedKp2mi(models: Kp2miModels, context: SeedContext): Promise<Record<string, number>> {
  const openings = generateJobOpenings(context.seed, context.workers.length);
  return {
    countries: await context.insert('countries', models.Country, COUNTRIES.map((c) => ({ _id: c.code, name: c.name, nameId: c.nameId, region: c.region }))),
    workers: await context.insert('workers', models.Worker, context.workers),
    'job openings': await context.insert('job openings', models.JobOpening, openings),
    placements: await context.insert('placements', models.Placement, generatePlacements(context.seed, context.workers, openings)),
    'data-subject requests': await context.insert('data-subject requests', models.DataSubjectRequest, generateDataSubjectRequests(context.workers)),
  };
}
