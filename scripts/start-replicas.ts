/**
 * npm run start:replicas -- [--gateways N] [--replicas N]: the system as a deployment runs it, on
 * one machine. HAProxy listens where npm start's processes do (PORT, `<PREFIX>_PORT`) and balances
 * each over its replicas (2 gateways, 2 processes of each subgraph by default, on free ports),
 * taking out a replica whose /health/ready fails; the gateways reach the subgraphs through it.
 * One database (embedded unless MONGODB_URI), seeded if empty, as npm start does. A replica that
 * exits unexpectedly is restarted (lib/supervisor.ts) while the others serve. Ctrl-C stops everything.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findHaproxy } from './lib/haproxy';
import { embeddedDatabaseUnavailable, NO_DATABASE_MESSAGE } from './lib/launcher';
import { ROOT } from './lib/root';

const log = (line: string) => console.error(`[replicas] ${line}`);

const USAGE = 'usage: npm run start:replicas -- [--gateways N] [--replicas N]   (each 1 to 8; 2 by default)';

function processCount(flag: string, given: string | undefined): number {
  if (given === undefined) return 2;
  const value = Number(given);
  if (!Number.isInteger(value) || value < 1 || value > 8) throw new Error(`--${flag} must be a whole number from 1 to 8; got "${given}". ${USAGE}`);
  return value;
}

// Checked before anything heavy is loaded, so a machine that cannot run the stack learns it at once.
let counts: { gateways: number; replicas: number };
try {
  const { values } = parseArgs({ options: { gateways: { type: 'string' }, replicas: { type: 'string' } } });
  counts = { gateways: processCount('gateways', values.gateways), replicas: processCount('replicas', values.replicas) };
  findHaproxy();
} catch (err) {
  log((err as Error).message);
  process.exit(1);
}
if (embeddedDatabaseUnavailable()) {
  log(NO_DATABASE_MESSAGE);
  process.exit(1);
}

async function main(): Promise<void> {
  const { port } = await import('../lib/env');
  const { startReplicaStack, superviseReplicas } = await import('./lib/replicas');
  type ReplicaStack = Awaited<ReturnType<typeof startReplicaStack>>;
  type Supervisor = ReturnType<typeof superviseReplicas>;
  const { printWelcome } = await import('./lib/welcome');
  const { composeIfStale, startSettings, stopOnSignals } = await import('./lib/start-script');

  await composeIfStale(log);
  let stack: ReplicaStack | undefined;
  let supervisor: Supervisor | undefined;
  const stopper = stopOnSignals(log, 'HAProxy, the replicas and the database', async () => {
    // HAProxy first, so no request reaches a replica that stops; then the replicas, all at once.
    await stack?.haproxy.stop();
    await supervisor?.stop();
    await stack?.stop();
  });

  const settings = startSettings(log);
  const { env } = settings;
  stack = await startReplicaStack({
    ...settings,
    ...counts,
    statsPort: port(env, 'HAPROXY_STATS_PORT', 8404),
    // Git-ignored, like the database's build; written again at every start.
    configDir: path.join(ROOT, '.cache', 'haproxy'),
  });
  if (stopper.started()) return;
  supervisor = superviseReplicas(stack, { log, onGiveUp: (reason) => void stopper.stop(reason, 1) });
  const haproxy = stack.haproxy;
  void haproxy.exited.then((how) => stopper.stop(`HAProxy exited unexpectedly (${how}); its output is above`, 1));
  log('everything is up: a replica that exits unexpectedly is restarted; Ctrl-C stops them all');
  await printWelcome(stack, env.AUTH_JWT_SECRET!);
  const lines = ['', `HAProxy (pid ${haproxy.pid}) in front of every process; its stats: ${haproxy.statsUrl}`];
  for (const [service, url] of [['gateway', stack.gatewayUrl], ...Object.entries(stack.subgraphUrls)] as const) {
    const behind = stack.replicas.filter((replica) => replica.service === service).map((replica) => `${replica.name} 127.0.0.1:${replica.port}`);
    lines.push(`  ${service.padEnd(14)} ${url.padEnd(31)} → ${behind.join(', ')}`);
  }
  lines.push(`Replicas stop with SHUTDOWN_DELAY_MS=${stack.shutdownDelayMs} (HAProxy takes a stopping one out in about 0.5 s).`);
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  log(`failed: ${(err as Error).message}`);
  process.exit(1);
});
