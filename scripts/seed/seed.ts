import type { Connection, Model } from 'mongoose';
import { createLogger } from '../../lib/logger';
import { SUBGRAPHS, type SubgraphEntry } from '../../subgraphs/catalog';
import { esdm } from '../../subgraphs/esdm/subgraph';
import { koperasiUkm } from '../../subgraphs/koperasi-ukm/subgraph';
import { kp2mi } from '../../subgraphs/kp2mi/subgraph';
import { perindustrian } from '../../subgraphs/perindustrian/subgraph';
import { connectDatabase } from '../../subgraphs/runtime/database';
import { createSeedContext, type SeedContext } from './context';
import { seedKoperasiUkm } from './koperasi-ukm';
import { seedKp2mi } from './kp2mi';
import { seedTraining } from './training';
import { generateWorkers } from './workers';

/** Fixed, so every seed of the same size yields the same people. */
export const SEED = 20251008;
/** Sized for the embedded database, which scans whole collections: see README "Demo data". */
export const DEFAULT_WORKERS = 1000;

export interface SeedOptions {
  mongodbUri: string;
  env: NodeJS.ProcessEnv;
  workers: number;
  reset: boolean;
  log: (line: string) => void;
  /** Draw progress bars on stderr (default true). */
  progress?: boolean;
}

export interface SeedReport {
  inserted: Record<string, number>;
  seconds: number;
}

type Databases = Pick<SeedOptions, 'mongodbUri' | 'env'>;

function uriFor(entry: SubgraphEntry, options: Databases): string {
  return options.env[`${entry.envPrefix}_MONGODB_URI`] || options.mongodbUri;
}

async function withDatabase<T>(entry: SubgraphEntry, options: Databases, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = await connectDatabase({ uri: uriFor(entry, options), databaseName: entry.databaseName, attempts: 3, logger: createLogger('seed', 'warn') });
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

/** True when the demo data has not been seeded (no worker in kp2mi). */
export async function isEmpty(options: Databases): Promise<boolean> {
  return withDatabase(kp2mi.entry, options, async (connection) => (await kp2mi.createModels(connection).Worker.estimatedDocumentCount()) === 0);
}

interface Seeder {
  entry: SubgraphEntry;
  run(connection: Connection, context: SeedContext): Promise<Record<string, number>>;
}

/** Runs a subgraph's seeder on that subgraph's own models, so its schema validation and indexes apply. */
function seeder<TModels extends Record<string, Model<any>>>(
  definition: { entry: SubgraphEntry; createModels(connection: Connection): TModels },
  run: (models: TModels, context: SeedContext) => Promise<Record<string, number>>,
): Seeder {
  return {
    entry: definition.entry,
    async run(connection, context) {
      const models = definition.createModels(connection);
      await Promise.all(Object.values(models).map((model) => model.createIndexes()));
      return run(models, context);
    },
  };
}

const SEEDERS: Seeder[] = [
  seeder(kp2mi, seedKp2mi),
  seeder(esdm, (models, context) => seedTraining('ESDM', models, context)),
  seeder(perindustrian, (models, context) => seedTraining('PERINDUSTRIAN', models, context)),
  seeder(koperasiUkm, seedKoperasiUkm),
];

export async function seed(options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  if (options.reset) {
    for (const entry of SUBGRAPHS) await withDatabase(entry, options, (connection) => connection.dropDatabase());
    options.log('dropped the four databases');
  }
  const context = createSeedContext(SEED, [...generateWorkers(SEED, options.workers)], options.progress !== false);
  const inserted: Record<string, number> = {};
  for (const { entry, run } of SEEDERS) {
    await withDatabase(entry, options, async (connection) => {
      for (const [what, count] of Object.entries(await run(connection, context))) inserted[`${entry.name} ${what}`] = count;
    });
  }
  return { inserted, seconds: (performance.now() - started) / 1000 };
}
