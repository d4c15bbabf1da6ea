import type { Connection } from 'mongoose';
import { createLogger } from '../../lib/logger';
import { SUBGRAPHS, type SubgraphEntry } from '../../subgraphs/catalog';
import { esdm } from '../../subgraphs/esdm/subgraph';
import { kp2mi } from '../../subgraphs/kp2mi/subgraph';
import { perindustrian } from '../../subgraphs/perindustrian/subgraph';
import { COUNTRIES } from '../../subgraphs/reference/countries';
import { connectDatabase } from '../../subgraphs/runtime/database';
import { progressBar } from '../lib/progress';
import { insertMissing } from './insert';
import { BDI_TRAINING_CENTERS, ESDM_TRAINING_CENTERS } from './training-centers';
import { generateWorkers } from './workers';

/** Fixed, so every seed of the same size yields the same people. */
export const SEED = 20251008;
/** Sized for the embedded database, which scans whole collections: see README "Demo data". */
export const DEFAULT_WORKERS = 1000;
const BATCH = 1000;

export interface SeedOptions {
  mongodbUri: string;
  env: NodeJS.ProcessEnv;
  workers: number;
  reset: boolean;
  log: (line: string) => void;
  /** Draw a progress bar on stderr (default true). */
  progress?: boolean;
}

export interface SeedReport {
  inserted: Record<string, number>;
  seconds: number;
}

function uriFor(entry: SubgraphEntry, options: Pick<SeedOptions, 'mongodbUri' | 'env'>): string {
  return options.env[`${entry.envPrefix}_MONGODB_URI`] || options.mongodbUri;
}

async function withDatabase<T>(entry: SubgraphEntry, options: Pick<SeedOptions, 'mongodbUri' | 'env'>, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = await connectDatabase({ uri: uriFor(entry, options), databaseName: entry.databaseName, attempts: 3, logger: createLogger('seed', 'warn') });
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

/** True when the demo data has not been seeded (no worker in kp2mi). */
export async function isEmpty(options: Pick<SeedOptions, 'mongodbUri' | 'env'>): Promise<boolean> {
  return withDatabase(kp2mi.entry, options, async (connection) => (await kp2mi.createModels(connection).Worker.estimatedDocumentCount()) === 0);
}

/** Drops every collection of every subgraph's database. */
async function reset(options: SeedOptions): Promise<void> {
  for (const entry of SUBGRAPHS) {
    await withDatabase(entry, options, (connection) => connection.dropDatabase());
  }
  options.log('dropped the four databases');
}

export async function seed(options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  if (options.reset) await reset(options);
  const inserted: Record<string, number> = {};

  await withDatabase(kp2mi.entry, options, async (connection) => {
    const models = kp2mi.createModels(connection);
    await Promise.all(Object.values(models).map((model) => model.createIndexes()));
    inserted.countries = await insertMissing(models.Country, COUNTRIES.map((c) => ({ _id: c.code, name: c.name, region: c.region })));
    const existing = await models.Worker.estimatedDocumentCount();
    inserted.workers = 0;
    if (existing >= options.workers) {
      options.log(`kp2mi already holds ${existing} workers (asked for ${options.workers}); nothing to add`);
      return;
    }
    const bar = options.progress === false ? { tick: () => undefined, done: () => undefined } : progressBar('seeding workers', options.workers);
    let batch = [];
    let done = 0;
    for (const worker of generateWorkers(SEED, options.workers)) {
      batch.push(worker);
      if (batch.length === BATCH) {
        inserted.workers += await insertMissing(models.Worker, batch);
        done += batch.length;
        bar.tick(done);
        batch = [];
      }
    }
    inserted.workers += await insertMissing(models.Worker, batch);
    bar.done();
  });

  for (const [definition, centers] of [[esdm, ESDM_TRAINING_CENTERS], [perindustrian, BDI_TRAINING_CENTERS]] as const) {
    await withDatabase(definition.entry, options, async (connection) => {
      const models = definition.createModels(connection);
      await Promise.all(Object.values(models).map((model) => model.createIndexes()));
      inserted[`${definition.entry.name} training centres`] = await insertMissing(models.TrainingCenter, centers);
    });
  }
  return { inserted, seconds: (performance.now() - started) / 1000 };
}
