import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { count, positiveInt } from './env';
import { startDraining } from './http/server';
import type { Logger } from './logger';

export interface RunningService {
  url: string;
  /** Its HTTP front, which reports unready and closes connections while the process shuts down. */
  httpServer?: Server;
  /** Stops taking requests, lets in-flight ones finish, then releases resources. */
  stop(): Promise<void>;
}

/**
 * How a process shuts down (every process reads the same two variables): SHUTDOWN_DELAY_MS, how
 * long it reports unready while still serving, so a load balancer stops sending it requests
 * before it stops taking them (0 unless set: nothing in front of a local start needs it); and
 * SHUTDOWN_TIMEOUT_MS, the longest it then waits for in-flight requests before it exits anyway.
 */
export function shutdownSettings(env: NodeJS.ProcessEnv = process.env): { delayMs: number; timeoutMs: number } {
  return { delayMs: count(env, 'SHUTDOWN_DELAY_MS', 0, 600_000), timeoutMs: positiveInt(env, 'SHUTDOWN_TIMEOUT_MS', 10_000) };
}

/** Listens and resolves with the bound port (useful with port 0 in tests). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * The life of every long-running process of the project: start, log where it listens,
 * stop gracefully on SIGINT/SIGTERM, exit non-zero when start-up or shutdown fails.
 */
export function runService(logger: Logger, start: () => Promise<RunningService>): void {
  let running: RunningService | undefined;
  let stopping = false;
  // Read at start, so a malformed value stops the start rather than the shutdown.
  let settings: ReturnType<typeof shutdownSettings>;
  try {
    settings = shutdownSettings();
  } catch (err) {
    logger.error('failed to start', { reason: (err as Error).message });
    process.exit(1);
  }
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal: exiting without waiting', { signal });
      process.exit(1);
    }
    stopping = true;
    const { delayMs, timeoutMs } = settings;
    logger.info('shutting down', { signal, delayMs, timeoutMs });
    if (running?.httpServer) startDraining(running.httpServer);
    const service = running;
    const drained = new Promise<void>((resolve) => setTimeout(resolve, service?.httpServer ? delayMs : 0));
    const stopped = drained.then(() =>
      Promise.race([
        service ? service.stop() : Promise.resolve(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`in-flight requests still running after SHUTDOWN_TIMEOUT_MS (${timeoutMs} ms)`)), timeoutMs).unref()),
      ]),
    );
    stopped.then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error('shutdown failed', { err });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // Started by `npm start`: stop when it is gone, however it ended (npm killed, SIGKILL).
  if (process.env.STOP_WITH_PARENT === '1') onParentExit(() => shutdown('SIGTERM'));
  start().then(
    (service) => {
      running = service;
      logger.info('ready', { url: service.url });
    },
    (err: unknown) => {
      logger.error('failed to start', { err, reason: (err as Error).message });
      process.exit(1);
    },
  );
}

/** Calls `stop` once the parent process is gone (this process was re-parented), so nothing is left running. */
export function onParentExit(stop: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      stop();
    }
  }, 500);
  timer.unref();
}
