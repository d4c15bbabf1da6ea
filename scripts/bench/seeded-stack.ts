import { SUBGRAPHS } from '../../subgraphs/catalog';
import { freePort } from '../lib/ports';
import { startStack, type RunningStack } from '../lib/stack';
import { seed } from '../seed/seed';

export interface SeededStackOptions {
  env: NodeJS.ProcessEnv;
  /** The benchmark's own data folder, so its dataset is kept apart from `npm start`'s. */
  dataDir: string;
  logDir: string;
  /** Workers seeded when the data folder has none yet. */
  workers: number;
  log: (line: string) => void;
  /** What seeding says; `log` unless given. */
  seedLog?: (line: string) => void;
  /** False to start the database and subgraphs only (the benchmark starts its gateways itself). */
  gateway?: boolean;
}

/**
 * The system a benchmark measures: the embedded database in a folder of its own, seeded if empty,
 * the four subgraphs and (unless `gateway` is false) the gateway, each on a free port, so that a
 * benchmark runs beside `npm start` and beside another benchmark.
 */
export async function startSeededStack(options: SeededStackOptions): Promise<RunningStack> {
  const { env, workers, log } = options;
  return startStack({
    // A benchmark reads many people's personal data as one caller: the limit still counts, far off.
    env: { PII_READS_PER_HOUR: '1000000000', ...env },
    dataDir: options.dataDir,
    logDir: options.logDir,
    log,
    gateway: options.gateway,
    gatewayPort: await freePort(),
    subgraphPorts: Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()] as const))),
    beforeServices: (mongodbUri) => seed({ mongodbUri, env, workers, reset: false, log: options.seedLog ?? log, progress: false }).then(() => undefined),
  });
}
