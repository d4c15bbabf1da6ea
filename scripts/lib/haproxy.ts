/**
 * HAProxy in front of the replicated stack (npm run start:replicas): the config it runs, finding
 * the binary, starting and stopping it, and reading which servers it sees up (its stats CSV).
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { spawnLogged } from './processes';
import { waitFor } from './wait';

/** One service HAProxy balances: where it listens for it and the replicas behind it. */
export interface BalancedService {
  /** Its proxy's name in the config and the stats: `gateway`, `kp2mi`, … */
  name: string;
  /** Where HAProxy listens for it, on 127.0.0.1. */
  port: number;
  /** The replicas, each answering `/health/ready` on 127.0.0.1 at its port. */
  servers: { name: string; port: number }[];
}

export interface HaproxyLayout {
  services: BalancedService[];
  /** HAProxy's stats page (`/stats`, CSV at `/stats;csv`), on 127.0.0.1. */
  statsPort: number;
}

/**
 * How HAProxy checks each replica's `/health/ready`: every 250 ms, out after 2 failures in a row,
 * back after 2 successes. A replica told to stop answers 503 at once, so it is out within about
 * half a second.
 */
export const HEALTH_CHECK = { intervalMs: 250, fall: 2, rise: 2, timeoutMs: 2000 } as const;

/**
 * SHUTDOWN_DELAY_MS of the replicas: four times interval × fall. Until HAProxy has taken a
 * stopping replica out it may still send it requests, which it answers; it closes its idle
 * connections only after this delay, by when HAProxy sends it nothing.
 */
export const REPLICA_SHUTDOWN_DELAY_MS = 4 * HEALTH_CHECK.intervalMs * HEALTH_CHECK.fall;

/**
 * How long HAProxy keeps an idle client connection (the gateways' connections to the subgraph
 * listeners, a browser's to the public one) and says so in `Keep-Alive: timeout=…`. Long on
 * purpose: the gateway's connection pool (a node:http Agent without a `timeout`) keeps idle
 * sockets for ever and ignores that hint, so a request it sends just as HAProxy closes the idle
 * socket fails with a reset; the longer the timeout, the rarer that is.
 */
const CLIENT_KEEP_ALIVE_S = 600;

/** The backend that answers readiness questions about `service`: its servers track the main backend's. */
export const readinessBackend = (service: string) => `${service}-readiness`;

/**
 * The whole haproxy.cfg; each setting says why. Per service, a frontend on its port and two
 * backends over the same replicas: `<service>` for everything but readiness, retried only when no
 * connection could be made, and `<service>-readiness` for `GET /health/ready`, also retried on a 503.
 */
export function haproxyConfig(layout: HaproxyLayout): string {
  const { intervalMs, fall, rise, timeoutMs } = HEALTH_CHECK;
  const lines = [
    '# Written by scripts/lib/haproxy.ts at each start of npm run start:replicas; edits are lost.',
    // No request log: HAProxy says on its stderr when a server goes down or up, and its stats
    // page counts every error, retry and redispatch per server.
    'global',
    // A soft stop (SIGUSR1) lets requests in flight finish, at most this long.
    '  hard-stop-after 10s',
    '',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    // Longer than the gateway's REQUEST_DEADLINE_MS and SUBGRAPH_TIMEOUT_MS (keep them under 90 s):
    // the processes' own deadlines end a slow request, HAProxy never cuts one they still serve.
    '  timeout client 90s',
    '  timeout server 90s',
    '  timeout http-request 10s',
    `  timeout http-keep-alive ${CLIENT_KEEP_ALIVE_S}s`,
    `  timeout check ${timeoutMs}ms`,
    '  option httpchk',
    '  http-check send meth GET uri /health/ready ver HTTP/1.1 hdr host localhost',
    '  http-check expect status 200',
    `  default-server inter ${intervalMs}ms fall ${fall} rise ${rise}`,
    // Operations differ a lot in cost (a card, a page of statistics): the next one goes to the
    // replica with the fewest in flight.
    '  balance leastconn',
    // A request is sent again, to another replica (redispatch), only when no connection could be
    // made (conn-failure, HAProxy's default): nothing was sent, so that is safe even for a mutation.
    // Not empty-response: a replica that closes without answering may have read a mutation and
    // written it (a crash, SIGKILL, the exit at SHUTDOWN_TIMEOUT_MS); HAProxy cannot tell that from
    // an idle connection closed just as it was reused, so it must not send it again. (The gateway
    // retries a subgraph query after a reset itself, never a mutation: README, "When a ministry's
    // subgraph fails".) http-reuse stays safe, the default: a client's first request never goes out
    // on a reused connection. With SHUTDOWN_DELAY_MS longer than HAProxy takes to notice, no retry
    // is needed during a rolling restart: test/e2e/rolling-restart.test.ts asserts there is none.
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure',
    '',
    'listen stats',
    `  bind 127.0.0.1:${layout.statsPort}`,
    '  stats enable',
    '  stats uri /stats',
    '  stats refresh 2s',
  ];
  for (const service of layout.services) {
    const readiness = readinessBackend(service.name);
    lines.push(
      '',
      `frontend ${service.name}`,
      `  bind 127.0.0.1:${service.port}`,
      // The replicas' Keep-Alive says 65 s (their own idle timeout); HAProxy's towards clients is this.
      `  http-response set-header keep-alive timeout=${CLIENT_KEEP_ALIVE_S}`,
      `  use_backend ${readiness} if METH_GET { path /health/ready }`,
      `  default_backend ${service.name}`,
      '',
      `backend ${service.name}`,
      ...service.servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`),
      '',
      // The gateway asks each subgraph's frontend whether it is ready: one stopping replica
      // answering 503 before HAProxy has taken it out would make the gateway unready, and HAProxy
      // would take the gateway out too. So here a 503 is asked of another replica (a GET, no
      // write); the answer is 503 only when none is ready. No checks of its own: it follows the ones above.
      `backend ${readiness}`,
      '  retry-on conn-failure 503',
      ...service.servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} track ${service.name}/${server.name}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The oldest HAProxy whose config keywords this file uses (`http-check send` came in 2.2). */
const MIN_VERSION = [2, 2] as const;

const INSTALL_HINT =
  'Install it: sudo apt-get install haproxy (Debian, Ubuntu), sudo dnf install haproxy (Fedora), brew install haproxy (macOS); ' +
  `version ${MIN_VERSION.join('.')} or newer (Debian 12 has 2.6).`;

/**
 * The `haproxy` binary: on `searchPath`, or in the sbin folders where distributions put it (and
 * which a user's PATH often lacks). Throws, saying how to install it, when there is none or it is too old.
 */
export function findHaproxy(searchPath = `${process.env.PATH ?? ''}${path.delimiter}/usr/sbin${path.delimiter}/usr/local/sbin`): string {
  const binary = searchPath
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, 'haproxy'))
    .find((candidate) => {
      try {
        accessSync(candidate, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  if (!binary) throw new Error(`HAProxy is not installed: npm run start:replicas runs it in front of the replicas. ${INSTALL_HINT}`);
  const version = /HAProxy version (\d+)\.(\d+)/.exec(execFileSync(binary, ['-v']).toString());
  const [major, minor] = [Number(version?.[1]), Number(version?.[2])];
  if (!version || major < MIN_VERSION[0] || (major === MIN_VERSION[0] && minor < MIN_VERSION[1])) {
    throw new Error(`${binary} is HAProxy ${version ? `${major}.${minor}` : 'of an unknown version'}, too old for npm run start:replicas. ${INSTALL_HINT}`);
  }
  return binary;
}

export interface RunningHaproxy {
  pid: number | undefined;
  statsUrl: string;
  /** Settles with how it ended, e.g. `code 0` or `signal SIGKILL`. */
  exited: Promise<string>;
  /** A soft stop: it stops listening, lets requests in flight finish (at most 10 s), and exits. */
  stop(): Promise<void>;
}

export interface StartHaproxyOptions {
  binary: string;
  configFile: string;
  statsPort: number;
  /** Where its output goes; our stderr when absent. */
  logFile?: string;
}

/** Checks the config (`haproxy -c`), starts HAProxy in the foreground and resolves once its stats page answers. */
export async function startHaproxy(options: StartHaproxyOptions): Promise<RunningHaproxy> {
  try {
    execFileSync(options.binary, ['-c', '-q', '-f', options.configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const { stdout, stderr } = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`HAProxy refused its config ${options.configFile}: ${`${stdout ?? ''}${stderr ?? ''}`.trim()}`);
  }
  // -db: in the foreground, so it is our child and ends with us. SIGUSR1: a soft stop, in-flight requests finish.
  const { child, exited, stop } = spawnLogged(options.binary, ['-db', '-f', options.configFile], { logFile: options.logFile, stopSignal: 'SIGUSR1', killAfterMs: 12_000 });
  const statsUrl = `http://localhost:${options.statsPort}/stats`;
  try {
    await waitFor(`HAProxy's stats page at ${statsUrl}`, () => serverStats(statsUrl), {
      timeoutMs: 10_000,
      abort: exited.then((how) => `HAProxy exited (${how}); ${options.logFile ? `see ${options.logFile}` : 'its output is above'} (is one of its ports in use?)`),
    });
  } catch (err) {
    await stop();
    throw err;
  }
  return { pid: child.pid, statsUrl, exited, stop };
}

/**
 * Each server's row of HAProxy's stats CSV, keyed `proxy/server`: `status` (`UP`, `DOWN`, `UP 1/2`
 * while going down …), `chkdown` (times it was taken out), `stot` (requests sent to it), `wretr`
 * and `wredis` (retries and redispatches away from it), `hrsp_5xx` … (see HAProxy's management guide).
 */
export async function serverStats(statsUrl: string): Promise<Record<string, Record<string, string>>> {
  const response = await fetch(`${statsUrl};csv`, { signal: AbortSignal.timeout(2000) });
  if (response.status !== 200) throw new Error(`${statsUrl} answered ${response.status}`);
  const [header, ...rows] = (await response.text()).trim().split('\n');
  const columns = header!.replace(/^# /, '').split(',');
  const stats: Record<string, Record<string, string>> = {};
  for (const row of rows) {
    const cells = Object.fromEntries(row.split(',').map((cell, i) => [columns[i], cell]));
    if (cells.svname !== 'FRONTEND' && cells.svname !== 'BACKEND') stats[`${cells.pxname}/${cells.svname}`] = cells;
  }
  return stats;
}

/** Resolves once HAProxy has every one of `servers` (`proxy/server`) up: its checks passed `rise` times in a row. */
export async function waitUntilUp(statsUrl: string, servers: string[], timeoutMs = 30_000): Promise<void> {
  await waitFor(`HAProxy to see ${servers.join(', ')} up`, async () => {
    const stats = await serverStats(statsUrl);
    const notUp = servers.filter((name) => stats[name]?.status !== 'UP');
    if (notUp.length > 0) throw new Error(notUp.map((name) => `${name} is ${stats[name]?.status ?? 'unknown'}`).join(', '));
  }, { timeoutMs, intervalMs: 50 });
}
