/**
 * npm start: the whole system with demo data, in one command. npm run dev (`--watch`): the same,
 * and a change to a subgraph's code restarts that subgraph, a change to its schema recomposes the
 * supergraph for the running gateway to take up (see lib/source-watch.ts).
 * Database (embedded unless MONGODB_URI) → compose if the subgraph schemas changed →
 * seed if empty → four subgraphs → gateway. Once all are up, a process that exits unexpectedly is
 * restarted alone after a backoff (see lib/supervisor.ts) while the others keep serving; one that
 * keeps crashing at start stops everything with exit code 1. Ctrl-C stops everything it started.
 */
import { embeddedDatabaseUnavailable, NO_DATABASE_MESSAGE } from './lib/launcher';

const watchMode = process.argv.includes('--watch');
const log = (line: string) => console.error(`[${watchMode ? 'dev' : 'start'}] ${line}`);

// Checked before anything heavy is loaded, so a machine that cannot run the stack learns it at once.
if (embeddedDatabaseUnavailable()) {
  log(NO_DATABASE_MESSAGE);
  process.exit(1);
}

async function main(): Promise<void> {
  const { startStack } = await import('./lib/stack');
  type RunningStack = Awaited<ReturnType<typeof startStack>>;
  const { superviseStack } = await import('./lib/stack-supervision');
  type Supervisor = ReturnType<typeof superviseStack>;
  const { printWelcome } = await import('./lib/welcome');
  const { composeIfStale, startSettings, stopOnSignals } = await import('./lib/start-script');

  await composeIfStale(log);
  let stack: RunningStack | undefined;
  let supervisor: Supervisor | undefined;
  let sources: { close(): void } | undefined;
  const stopper = stopOnSignals(log, 'the gateway, the subgraphs and the database', async () => {
    // No more restarts for changes, then the supervisor: it calls off any restart and stops the copies it started.
    sources?.close();
    await supervisor?.stop();
    await stack?.stop();
  });

  const { publicPort, ...settings } = startSettings(log);
  const { env } = settings;
  stack = await startStack({ ...settings, gatewayPort: publicPort });
  if (stopper.started()) return;
  // While developing, a process broken by an edit keeps being retried (every 2 s at most) until
  // the next save fixes it, instead of stopping the stack as npm start does.
  const policy = watchMode ? { maxStartFailures: Number.POSITIVE_INFINITY, maxDelayMs: 2000 } : undefined;
  supervisor = superviseStack(stack, { log, onGiveUp: (reason) => void stopper.stop(reason, 1), policy });
  log('everything is up: a process that exits unexpectedly is restarted; Ctrl-C stops them all');
  if (watchMode) {
    const { watchSources } = await import('./lib/source-watch');
    const running = supervisor;
    sources = watchSources({ log, restart: (name, reason) => running.restart(name, reason) });
    log('watching gateway/, subgraphs/ and lib/: a change restarts what it belongs to, a schema change recomposes');
  }
  await printWelcome(stack, env.AUTH_JWT_SECRET!);
}

main().catch((err: unknown) => {
  log(`failed: ${(err as Error).message}`);
  process.exit(1);
});
