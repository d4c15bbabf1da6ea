/**
 * The replicated stack (npm run start:replicas, test/e2e/rolling-restart.test.ts): one database,
 * N processes of each subgraph and M gateways, each on a port of its own, behind HAProxy, which
 * listens where `npm start`'s processes do (the public port, each subgraph's port) and sends each
 * request to a replica that answers ready.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { findHaproxy, haproxyConfig, REPLICA_SHUTDOWN_DELAY_MS, startHaproxy, waitUntilUp, type BalancedService, type RunningHaproxy } from './haproxy';
import type { EmbeddedDatabase, StartDatabaseOptions } from './ferretdb';
import { freePort } from './ports';
import type { ServiceProcess } from './processes';
import { gatewayProcessEnv, probeReady, READY_TIMEOUT_MS, startDatabase, startService, waitUntilReady, type DatabaseOptions, type RunningStack, type ServiceSpec } from './stack';
import { serviceUnit, superviseStack } from './stack-supervision';
import { supervise, type Supervisor, type SupervisorOptions } from './supervisor';
import { waitFor } from './wait';

export interface ReplicaStackOptions extends DatabaseOptions {
  gateways: number;
  /** Processes of each subgraph. */
  replicas: number;
  /** HAProxy's listener for the gateways: where clients send their requests. */
  publicPort: number;
  /** Subgraph name → HAProxy's listener for it, where the gateways reach it (`<PREFIX>_URL`). */
  subgraphPorts: Record<string, number>;
  statsPort: number;
  /** Where haproxy.cfg is written: a git-ignored or temporary folder. */
  configDir: string;
  /** Runs after the database is up and before the services start (e.g. seeding). */
  beforeServices?: (mongodbUri: string) => Promise<void>;
}

/** One process behind HAProxy. */
export interface Replica {
  /** `gateway-1`, `kp2mi-2` …: the process's name, and its server's in HAProxy. */
  name: string;
  /** What it is a replica of: `gateway` or a subgraph's name, HAProxy's proxy for it. */
  service: string;
  port: number;
}

export interface ReplicaStack extends RunningStack {
  haproxy: RunningHaproxy;
  /** Each of `processes`, in the same order: the subgraphs' replicas, then the gateways. */
  replicas: Replica[];
  /** The replicas' SHUTDOWN_DELAY_MS. */
  shutdownDelayMs: number;
}

/** `count` free ports, none of them in `taken` and no two the same. */
async function freePorts(count: number, taken: Iterable<number>): Promise<number[]> {
  const seen = new Set(taken);
  const ports: number[] = [];
  while (ports.length < count) {
    const port = await freePort();
    if (seen.has(port)) continue;
    seen.add(port);
    ports.push(port);
  }
  return ports;
}

const replicaNames = (service: string, count: number) => Array.from({ length: count }, (_, i) => `${service}-${i + 1}`);

/**
 * Starts the database (unless MONGODB_URI), the subgraphs' replicas, HAProxy, then the gateways
 * (which reach the subgraphs through HAProxy), and resolves once HAProxy has every replica up.
 * `stop` ends HAProxy first, then every replica at once, then the database.
 */
export async function startReplicaStack(options: ReplicaStackOptions): Promise<ReplicaStack> {
  const { log } = options;
  const binary = findHaproxy();
  const processes: ServiceProcess[] = [];
  const services: ServiceSpec[] = [];
  const replicas: Replica[] = [];
  let haproxy: RunningHaproxy | undefined;
  let database: EmbeddedDatabase | undefined;
  let databaseOptions: StartDatabaseOptions | undefined;
  const stop = async () => {
    // HAProxy's soft stop lets the requests in flight finish, every replica still up; after it no
    // request reaches a replica, so they can all stop at once.
    await haproxy?.stop();
    await Promise.all(processes.map((proc) => proc.stop()));
    await database?.stop();
  };
  try {
    ({ database, databaseOptions } = await startDatabase(options));
    const mongodbUri = options.mongodbUri ?? database!.uri;
    await options.beforeServices?.(mongodbUri);

    const listenerUrl = (port: number) => `http://localhost:${port}/graphql`;
    const gatewayUrl = listenerUrl(options.publicPort);
    const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, listenerUrl(options.subgraphPorts[s.name] ?? s.defaultPort)]));
    const shutdownDelayMs = Number(options.env.SHUTDOWN_DELAY_MS || REPLICA_SHUTDOWN_DELAY_MS);
    // Every replica listens on 127.0.0.1 only, so clients go through HAProxy; each finds the others through it too.
    const env: NodeJS.ProcessEnv = { ...options.env, MONGODB_URI: mongodbUri, GATEWAY_URL: gatewayUrl, HOST: '127.0.0.1', SHUTDOWN_DELAY_MS: String(shutdownDelayMs) };
    for (const s of SUBGRAPHS) env[`${s.envPrefix}_URL`] = subgraphUrls[s.name];

    const listenerPorts = [options.publicPort, options.statsPort, ...Object.values(subgraphUrls).map((url) => Number(new URL(url).port))];
    const replicaPorts = await freePorts(options.gateways + SUBGRAPHS.length * options.replicas, listenerPorts);
    const balanced: BalancedService[] = [];
    const health = (replica: Replica, check: 'live' | 'ready') => `http://127.0.0.1:${replica.port}/health/${check}`;
    const launch = (replica: Replica, entry: string, replicaEnv: NodeJS.ProcessEnv) => {
      const spec: ServiceSpec = { name: replica.name, entry, env: replicaEnv, logFile: options.logDir ? path.join(options.logDir, `${replica.name}.log`) : undefined, healthUrl: health(replica, 'ready') };
      const proc = startService(spec);
      services.push(spec);
      processes.push(proc);
      replicas.push(replica);
      return { replica, proc };
    };
    const place = (service: string, port: number, count: number) => {
      const placed = replicaNames(service, count).map((name) => ({ name, service, port: replicaPorts.shift()! }));
      balanced.push({ name: service, port, servers: placed });
      return placed;
    };

    const subgraphReplicas = SUBGRAPHS.flatMap((s) =>
      place(s.name, Number(new URL(subgraphUrls[s.name]!).port), options.replicas).map((replica) =>
        launch(replica, `subgraphs/${s.folder}/index.ts`, { ...env, [`${s.envPrefix}_PORT`]: String(replica.port) }),
      ),
    );
    await Promise.all(subgraphReplicas.map(({ replica, proc }) => waitUntilReady(proc, health(replica, 'ready'))));
    log(`subgraphs ready: ${options.replicas} of each`);

    // A gateway answers live at once and ready once it reaches every subgraph through HAProxy:
    // started before HAProxy, so that HAProxy's first checks find them listening.
    const gateways = place('gateway', options.publicPort, options.gateways).map((replica) =>
      launch(replica, 'gateway/index.ts', gatewayProcessEnv({ ...env, PORT: String(replica.port) })),
    );
    await Promise.all(
      gateways.map(({ replica, proc }) =>
        waitFor(`${replica.name} to be live`, () => probeReady(health(replica, 'live')), { timeoutMs: READY_TIMEOUT_MS, abort: proc.exited.then((how) => `it exited (${how}); see its log`) }),
      ),
    );

    mkdirSync(options.configDir, { recursive: true });
    const configFile = path.join(options.configDir, 'haproxy.cfg');
    writeFileSync(configFile, haproxyConfig({ services: balanced, statsPort: options.statsPort }));
    haproxy = await startHaproxy({ binary, configFile, statsPort: options.statsPort, logFile: options.logDir ? path.join(options.logDir, 'haproxy.log') : undefined });
    log(`HAProxy up (pid ${haproxy.pid}, config ${configFile})`);

    await Promise.all(gateways.map(({ replica, proc }) => waitUntilReady(proc, health(replica, 'ready'))));
    await waitUntilUp(haproxy.statsUrl, replicas.map((replica) => `${replica.service}/${replica.name}`));
    log(`gateways ready: ${options.gateways}; HAProxy has every replica up`);
    return { mongodbUri, database, databaseOptions, gatewayUrl, subgraphUrls, processes, services, replicas, shutdownDelayMs, haproxy, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Restarts a replica that exits unexpectedly, as npm start does (lib/supervisor.ts), and the
 * embedded database. One supervisor per replica: a supervisor stops its units one after another,
 * and each replica takes SHUTDOWN_DELAY_MS to stop, so `stop` stops them all at once instead.
 */
export function superviseReplicas(stack: ReplicaStack, options: SupervisorOptions): Supervisor {
  const byName = new Map(stack.processes.map((proc, i) => [stack.services[i]!.name, supervise([serviceUnit(stack.services[i]!, proc)], options)]));
  // The database alone, supervised as npm start supervises it.
  const database = superviseStack({ ...stack, processes: [], services: [] }, options);
  const find = (name: string) => {
    const supervisor = byName.get(name);
    if (!supervisor) throw new Error(`not supervised: ${name}`);
    return supervisor;
  };
  return {
    current: (name) => find(name).current(name),
    restarts: (name) => find(name).restarts(name),
    restart: (name, reason) => find(name).restart(name, reason),
    stop: async () => {
      await Promise.all([...byName.values()].map((supervisor) => supervisor.stop()));
      await database.stop();
    },
  };
}
