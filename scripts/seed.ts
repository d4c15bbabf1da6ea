/**
 * npm run seed -- [--workers N] [--reset]
 * Seeds deterministic demo data into the four subgraphs' databases: MONGODB_URI when set,
 * otherwise the embedded database (started for the seed, stopped after).
 */
import { parseArgs } from 'node:util';
import { optionalString } from '../lib/env';
import { startEmbeddedDatabase } from './lib/ferretdb';
import { DEFAULT_WORKERS, seed } from './seed/seed';

const log = (line: string) => console.error(`[seed] ${line}`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { workers: { type: 'string', default: String(DEFAULT_WORKERS) }, reset: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(`Usage: npm run seed -- [--workers N] [--reset]\n  --workers N  number of workers (default ${DEFAULT_WORKERS}); running again with a larger N adds the missing ones\n  --reset      drop the four databases first`);
    return;
  }
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`--workers must be a whole number of workers; got "${values.workers}"`);
  const database = process.env.MONGODB_URI ? undefined : await startEmbeddedDatabase({ log, dataDir: optionalString(process.env, 'FERRETDB_DATA_DIR'), stdio: 'ignore' });
  try {
    const report = await seed({ mongodbUri: process.env.MONGODB_URI ?? database!.uri, env: process.env, workers, reset: values.reset, log });
    const added = report.inserted['kp2mi workers'] ?? 0;
    const rate = added ? ` (${Math.round(added / report.seconds)} workers/s)` : '';
    log(`done in ${report.seconds.toFixed(1)} s${rate}: ${Object.entries(report.inserted).map(([what, n]) => `${n} ${what}`).join(', ')} inserted`);
  } finally {
    await database?.stop();
  }
}

main().catch((err: unknown) => {
  log(`failed: ${(err as Error).message}`);
  process.exit(1);
});
