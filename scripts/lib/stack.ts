import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { startEmbeddedDatabase, type EmbeddedDatabase, type StartDatabaseOptions } from './ferretdb';
import { ensureLauncher } from './launcher';
import { startServiceProcess, type ServiceProcess } from './processes';
import { waitFor } from './wait';

export interface StackOptions {
  /** A MongoDB server to use; when absent the embedded database is started. */
  mongodbUri?: string;
  /** Per-subgraph MongoDB servers (`KP2MI_MONGODB_URI` …), when set. */
  env: NodeJS.ProcessEnv;
  dataDir?: string;
  databasePort?: number;
  gatewayPort: number;
  subgraphPorts: Record<string, number>;
  /** When set, each process writes its log to `<logDir>/<name>.log` instead of our stdout. */
  logDir?: string;
  log: (line: string) => void;
  /** Runs after the database is up and before the services start (e.g. seeding). */
  beforeServices?: (mongodbUri: string) => Promise<void>;
  /** False to start the database and subgraphs only (the benchmark starts its gateways itself). */
  gateway?: boolean;
}

export interface RunningStack {
  mongodbUri: string;
  database?: EmbeddedDatabase;
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  processes: ServiceProcess[];
  /** How each of `processes` was started, in the same order: enough to start it again as it was. */
  services: ServiceSpec[];
  /** How the embedded database was started, its port fixed (when it was started). */
  databaseOptions?: StartDatabaseOptions;
  stop(): Promise<void>;
}

/** One service process of the stack: what runs, with which environment, where it logs and answers ready. */
export interface ServiceSpec {
  name: string;
  /** A TypeScript entry point, relative to the project's root. */
  entry: string;
  env: NodeJS.ProcessEnv;
  logFile?: string;
  healthUrl: string;
}

export function startService(spec: ServiceSpec): ServiceProcess {
  return startServiceProcess(spec.name, spec.entry, spec.env, spec.logFile);
}

/**
 * How the gateway process is started: with V8's young generation held to 8 MB semi-spaces.
 * Under load the gateway makes large short-lived answers; with V8's default (which grows with
 * the machine's memory) its peak RSS reached about 420 MB in the benchmark, with 8 MB about
 * 200 MB, for the same CPU per request. Appended to any NODE_OPTIONS already set.
 */
export function gatewayProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, '--max-semi-space-size=8'].filter(Boolean).join(' ') };
}

/** Resolves when `url` (a /health/ready) answers 200, fails otherwise. */
export async function probeReady(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
}

/** How long a service process may take from its start to ready. */
export const READY_TIMEOUT_MS = 60_000;

/** Resolves once `proc` answers ready at `healthUrl`; fails when it exits first or is not ready in time. */
export async function waitUntilReady(proc: ServiceProcess, healthUrl: string): Promise<void> {
  await waitFor(`${proc.name} to be ready at ${healthUrl}`, () => probeReady(healthUrl), {
    timeoutMs: READY_TIMEOUT_MS,
    intervalMs: 150,
    abort: proc.exited.then((how) => `${proc.name} exited (${how}) before it was ready; see its log`),
  });
}

export type DatabaseOptions = Pick<StackOptions, 'mongodbUri' | 'env' | 'dataDir' | 'databasePort' | 'logDir' | 'log'>;

/**
 * The embedded database, unless every subgraph has a MongoDB server of its own (`mongodbUri` or
 * `<PREFIX>_MONGODB_URI`); with how it was started, its port fixed, so a restart is found where
 * the subgraphs look for it. Nothing when no embedded database is needed.
 */
export async function startDatabase(options: DatabaseOptions): Promise<{ database?: EmbeddedDatabase; databaseOptions?: StartDatabaseOptions }> {
  const { log } = options;
  const needsEmbedded = !options.mongodbUri && SUBGRAPHS.some((s) => !options.env[`${s.envPrefix}_MONGODB_URI`]);
  if (!needsEmbedded) return {};
  ensureLauncher(log);
  const stdio = options.logDir ? 'ignore' : 'inherit';
  const database = await startEmbeddedDatabase({ dataDir: options.dataDir, port: options.databasePort, log, stdio });
  return { database, databaseOptions: { dataDir: options.dataDir, port: database.port, log, stdio } };
}

/**
 * The whole system: database, the four subgraphs, the gateway, each started after
 * what it depends on answers. `stop` ends everything it started, in reverse order.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { log } = options;
  const processes: ServiceProcess[] = [];
  const services: ServiceSpec[] = [];
  let database: EmbeddedDatabase | undefined;
  let databaseOptions: StartDatabaseOptions | undefined;
  const stop = async () => {
    for (const proc of [...processes].reverse()) await proc.stop();
    await database?.stop();
  };
  try {
    ({ database, databaseOptions } = await startDatabase(options));
    const mongodbUri = options.mongodbUri ?? database!.uri;
    await options.beforeServices?.(mongodbUri);

    const gatewayUrl = `http://localhost:${options.gatewayPort}/graphql`;
    const subgraphUrls: Record<string, string> = {};
    const env: NodeJS.ProcessEnv = { ...options.env, MONGODB_URI: mongodbUri, GATEWAY_URL: gatewayUrl, PORT: String(options.gatewayPort) };
    for (const s of SUBGRAPHS) {
      const port = options.subgraphPorts[s.name] ?? s.defaultPort;
      env[`${s.envPrefix}_PORT`] = String(port);
      env[`${s.envPrefix}_URL`] = subgraphUrls[s.name] = `http://localhost:${port}/graphql`;
    }
    const logFile = (name: string) => (options.logDir ? path.join(options.logDir, `${name}.log`) : undefined);
    const launch = (spec: ServiceSpec) => {
      const proc = startService(spec);
      services.push(spec);
      processes.push(proc);
      return waitUntilReady(proc, spec.healthUrl);
    };
    const running = () => ({ mongodbUri, database, gatewayUrl, subgraphUrls, processes, services, databaseOptions, stop });
    await Promise.all(
      SUBGRAPHS.map((s) =>
        launch({ name: s.name, entry: `subgraphs/${s.folder}/index.ts`, env, logFile: logFile(s.name), healthUrl: new URL('/health/ready', subgraphUrls[s.name]).toString() }),
      ),
    );
    log('subgraphs ready');
    if (options.gateway === false) return running();

    await launch({ name: 'gateway', entry: 'gateway/index.ts', env: gatewayProcessEnv(env), logFile: logFile('gateway'), healthUrl: new URL('/health/ready', gatewayUrl).toString() });
    return running();
  } catch (err) {
    await stop();
    throw err;
  }
}
