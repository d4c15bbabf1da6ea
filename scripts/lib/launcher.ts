import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { ROOT } from './root';

/**
 * The embedded database: FerretDB v1.24.2 (SQLite backend) in a small Go launcher of
 * our own (scripts/ferretdb), built once into .cache/ and reused until its sources change.
 */
const SOURCE_DIR = path.join(ROOT, 'scripts', 'ferretdb');
const SOURCE_FILES = ['main.go', 'go.mod', 'go.sum'];
/** Where launcher builds are kept; FERRETDB_CACHE_DIR moves it (e.g. to a shared CI cache). */
export function cacheDir(): string {
  return process.env.FERRETDB_CACHE_DIR || path.join(ROOT, '.cache', 'ferretdb');
}

export const NO_DATABASE_MESSAGE =
  'No database: set MONGODB_URI to a MongoDB server (for example mongodb://127.0.0.1:27017), ' +
  'or install Go 1.24+ (https://go.dev/dl/) so the embedded FerretDB database can be built.';

/** Path of the launcher built from the current sources; the name carries their hash. */
export function launcherPath(): string {
  const hash = createHash('sha256');
  for (const file of SOURCE_FILES) hash.update(readFileSync(path.join(SOURCE_DIR, file)));
  return path.join(cacheDir(), `ferretdb-launcher-${hash.digest('hex').slice(0, 16)}`);
}

export function goAvailable(): boolean {
  return spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;
}

/**
 * True when a start needs the embedded database (a subgraph has no MongoDB server of its own) and
 * this machine can neither run a build of it nor make one: checked before anything heavy loads.
 */
export function embeddedDatabaseUnavailable(env: NodeJS.ProcessEnv = process.env): boolean {
  const needed = !env.MONGODB_URI && SUBGRAPHS.some((s) => !env[`${s.envPrefix}_MONGODB_URI`]);
  return needed && !existsSync(launcherPath()) && !goAvailable();
}

/** Builds the launcher unless a build of the current sources exists. Returns its path. */
export function ensureLauncher(log: (line: string) => void): string {
  const binary = launcherPath();
  if (existsSync(binary)) return binary;
  if (!goAvailable()) throw new Error(NO_DATABASE_MESSAGE);
  mkdirSync(cacheDir(), { recursive: true });
  log('building the embedded database (FerretDB v1.24.2); the first build downloads Go modules and takes about a minute…');
  const started = Date.now();
  const partial = `${binary}.partial`;
  const build = spawnSync('go', ['build', '-trimpath', '-o', partial, '.'], { cwd: SOURCE_DIR, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) throw new Error(`Building the embedded database failed (go build exited ${build.status}); see the output above.`);
  // Older builds are of sources that no longer exist.
  for (const file of readdirSync(cacheDir())) if (file.startsWith('ferretdb-launcher-') && !file.endsWith('.partial')) rmSync(path.join(cacheDir(), file), { force: true });
  renameSync(partial, binary);
  log(`built the embedded database in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return binary;
}
