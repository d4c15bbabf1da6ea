import { optionalString, port } from '../../lib/env';
import { onParentExit } from '../../lib/service';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { devSecrets } from './dev-secrets';
import { supergraphUpToDate } from './composition';
import { DEFAULT_WORKERS, isEmpty, seed } from '../seed/seed';

/** What `npm start` and `npm run start:replicas` both do before their processes start and as they stop. */

/**
 * What both start scripts read from the environment, the development secrets filled in: the
 * database to use (or the embedded one's folder and port), the public port and each subgraph's.
 */
export function startSettings(log: (line: string) => void) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...devSecrets() };
  return {
    env,
    mongodbUri: optionalString(env, 'MONGODB_URI'),
    dataDir: optionalString(env, 'FERRETDB_DATA_DIR'),
    databasePort: port(env, 'FERRETDB_PORT', 0),
    publicPort: port(env, 'PORT', 4000),
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, port(env, `${s.envPrefix}_PORT`, s.defaultPort)])),
    log,
    beforeServices: seedIfEmpty(env, log),
  };
}

/** Composes the supergraph (and the typed client) when a subgraph schema changed since it was written. */
export async function composeIfStale(log: (line: string) => void): Promise<void> {
  if (supergraphUpToDate()) return;
  const { buildGraph } = await import('./build-graph');
  if (!(await buildGraph()).ok) throw new Error('the subgraph schemas do not compose (errors above)');
  log('subgraph schemas changed: composed schema/supergraph.graphql and the typed client');
}

/** A stack's `beforeServices`: demo data when the databases are empty, nothing otherwise. */
export function seedIfEmpty(env: NodeJS.ProcessEnv, log: (line: string) => void): (mongodbUri: string) => Promise<void> {
  return async (mongodbUri) => {
    if (!(await isEmpty({ mongodbUri, env }))) return;
    log(`the databases are empty: seeding ${DEFAULT_WORKERS} demo workers`);
    await seed({ mongodbUri, env, workers: DEFAULT_WORKERS, reset: false, log });
  };
}

export interface StopOnSignals {
  /** Stops everything with `code`, once; asked before `started`, it waits for it. */
  stop(reason: string, code: number): Promise<void>;
  /** The stack is up: a stop asked for while it started runs now. True when it does (the script should return). */
  started(): boolean;
}

/**
 * SIGINT, SIGTERM and the parent's exit (npm does not pass a SIGTERM on to the script) stop
 * everything through `stopAll`, once, then exit. Handled from the moment this is called, so a
 * stop asked for while the stack is still starting stops it as soon as it is up rather than
 * leaving it running.
 */
export function stopOnSignals(log: (line: string) => void, what: string, stopAll: () => Promise<void>): StopOnSignals {
  let requested: { reason: string; code: number } | undefined;
  let up = false;
  const stop = async (reason: string, code: number) => {
    if (requested) return;
    requested = { reason, code };
    if (!up) return;
    log(`${reason}: stopping ${what}`);
    await stopAll();
    log('everything stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  onParentExit(() => void stop('parent process exited', 0));
  return {
    stop,
    started() {
      up = true;
      if (!requested) return false;
      const { reason, code } = requested;
      requested = undefined;
      void stop(reason, code);
      return true;
    },
  };
}
