import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger';

export interface RunningService {
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then releases resources. */
  stop(): Promise<void>;
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
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal: exiting without waiting', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    const stopped = running ? running.stop() : Promise.resolve();
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
