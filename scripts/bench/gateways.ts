import path from 'node:path';
import { spawnLogged, startServiceProcess, type ServiceProcess } from '../lib/processes';
import type { Sends } from './load';
import { freePort } from '../lib/ports';
import { apolloRouterConfig, withPreSignedIdentity } from './peers/apollo-router';
import { hiveRouterConfig } from './peers/hive-router';
import { PEER_RECIPES } from './peers/recipes';
import { ROOT } from '../lib/root';
import { gatewayProcessEnv } from '../lib/stack';
import { waitFor } from '../lib/wait';

/** A gateway under test, serving the benchmark's supergraph over the same subgraphs. */
export interface GatewayUnderTest {
  name: string;
  label: string;
  url: string;
  pid: number;
  /** What its requests name their operations by. */
  sends: Sends;
  /** The headers its requests carry for a caller's (a peer that cannot sign the identity is sent it signed). */
  headers(caller: Record<string, string>): Record<string, string>;
  stop(): Promise<void>;
}

export interface GatewaySpec {
  name: string;
  label: string;
  entry: string;
  args: (port: number, supergraphPath: string) => string[];
  env: NodeJS.ProcessEnv;
  /** `documentId`: the load sends each registered document's id instead of its text. */
  sends?: Sends;
  /**
   * A peer built from source (scripts/bench/peers): `entry` is its binary, and this writes its
   * configuration for this port and supergraph into `configDir`, returning its arguments and
   * the environment it adds.
   */
  configure?: (port: number, supergraphPath: string, configDir: string, env: NodeJS.ProcessEnv) => { args: string[]; env: NodeJS.ProcessEnv };
  /** It cannot verify tokens and sign the identity itself: the benchmark sends it the identity, signed. */
  preSignedIdentity?: boolean;
}

const OUR_ENTRY = 'gateway/index.ts';
const HIVE_BIN = 'node_modules/@graphql-hive/gateway/dist/bin.js';
const HIVE_CONFIG = path.join(ROOT, 'scripts', 'bench', 'hive-gateway.config.ts');
const hiveArgs = (port: number, supergraphPath: string) => ['supergraph', supergraphPath, '-c', HIVE_CONFIG, '-p', String(port), '-h', '127.0.0.1'];

/**
 * Our gateway as users run it: its defaults (the operation queue's 8 at once among them, so the
 * benchmark's 8 connections never wait for a turn, as they never do at the peers), and, as in
 * production, the benchmark's officer may run registered documents only.
 */
const OURS_TUNING = { TRUSTED_DOCUMENTS: 'enforce' };

/**
 * Ours, ours asked by document id instead of the full document (what trusted documents cost or
 * save), ours with its response cache off (so a reader sees what the cache buys), plain Hive
 * Gateway, Hive Gateway with the Rust query planner, and the two Rust routers, Hive Router and
 * Apollo Router, when `--build-peers` has built them.
 */
export function gatewaySpecs(): GatewaySpec[] {
  return [
    { name: 'ours', label: 'ours (@apollo/gateway)', entry: OUR_ENTRY, args: () => [], env: { ...OURS_TUNING, RESPONSE_CACHE: 'true' } },
    { name: 'ours-ids', label: 'ours, asked by document id', entry: OUR_ENTRY, args: () => [], env: { ...OURS_TUNING, RESPONSE_CACHE: 'true' }, sends: 'documentId' },
    { name: 'ours-nocache', label: 'ours, response cache off', entry: OUR_ENTRY, args: () => [], env: { ...OURS_TUNING, RESPONSE_CACHE: 'false' } },
    { name: 'hive', label: 'Hive Gateway', entry: HIVE_BIN, args: hiveArgs, env: { HIVE_ROUTER_RUNTIME: 'false' } },
    { name: 'hive-rust', label: 'Hive Gateway, Rust query planner', entry: HIVE_BIN, args: hiveArgs, env: { HIVE_ROUTER_RUNTIME: 'true' } },
    { name: 'hive-router', label: 'Hive Router', entry: PEER_RECIPES['hive-router'].binary, args: () => [], env: {}, configure: hiveRouterConfig },
    { name: 'apollo-router', label: 'Apollo Router', entry: PEER_RECIPES['apollo-router'].binary, args: () => [], env: {}, configure: apolloRouterConfig, preSignedIdentity: true },
  ];
}


/** A gateway is ready when it answers an operation through a subgraph (asked by a caller who may send any document). */
async function answers(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ countries { code } }' }),
    signal: AbortSignal.timeout(5000),
  });
  const body = (await response.json()) as { data?: { countries?: unknown[] } };
  if (response.status !== 200 || !body.data?.countries?.length) throw new Error(`answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
}

/**
 * Starts a gateway under test over the benchmark's supergraph. `cpuProfileDir`: ours writes V8
 * CPU profiles into its own folder there when it stops (`--cpu-prof`; one per thread, the gateway's
 * the largest), to open in Chrome's DevTools or speedscope.
 */
export async function startGateway(spec: GatewaySpec, baseEnv: NodeJS.ProcessEnv, supergraphPath: string, logDir: string, headers: Record<string, string>, cpuProfileDir?: string): Promise<GatewayUnderTest> {
  const port = await freePort();
  const profiled = cpuProfileDir && spec.entry === OUR_ENTRY ? { NODE_OPTIONS: `${baseEnv.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${path.join(cpuProfileDir, spec.name)}`.trim() } : {};
  const merged = { ...baseEnv, ...spec.env, ...profiled, PORT: String(port), SUPERGRAPH_PATH: supergraphPath };
  const logFile = path.join(logDir, `gateway-${spec.name}.log`);
  let proc: Pick<ServiceProcess, 'child' | 'exited' | 'stop'>;
  if (spec.configure) {
    const launch = spec.configure(port, supergraphPath, logDir, merged);
    proc = spawnLogged(spec.entry, launch.args, { env: { ...merged, ...launch.env }, logFile, stopSignal: 'SIGTERM', killAfterMs: 10_000 });
  } else {
    // Ours runs as `npm start` runs it; Hive Gateway with its own defaults.
    const env = spec.entry === OUR_ENTRY ? gatewayProcessEnv(merged) : merged;
    proc = startServiceProcess(spec.name, spec.entry, env, logFile, spec.args(port, supergraphPath));
  }
  const url = `http://127.0.0.1:${port}/graphql`;
  const identitySecret = baseEnv.IDENTITY_SECRET ?? '';
  const headersFor = spec.preSignedIdentity ? (caller: Record<string, string>) => withPreSignedIdentity(caller, identitySecret) : (caller: Record<string, string>) => caller;
  try {
    await waitFor(`${spec.label} to answer at ${url}`, () => answers(url, headersFor(headers)), {
      timeoutMs: 60_000,
      intervalMs: 250,
      abort: proc.exited.then((how) => `${spec.label} exited (${how}) before it answered; see ${logFile}`),
    });
  } catch (err) {
    await proc.stop();
    throw err;
  }
  return { name: spec.name, label: spec.label, url, pid: proc.child.pid!, sends: spec.sends ?? 'query', headers: headersFor, stop: () => proc.stop() };
}
