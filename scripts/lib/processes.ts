import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { ROOT } from './root';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts one of the project's TypeScript entry points on the project's Node (the one
 * running this script) with tsx. Output goes to our stdout, or to a log file in tests.
 */
export function startServiceProcess(name: string, entry: string, env: NodeJS.ProcessEnv, logFile?: string, args: string[] = []): ServiceProcess {
  // Graceful shutdown drains in-flight requests; past 15 s something is stuck.
  const { child, exited, stop } = spawnLogged(process.execPath, ['--import', 'tsx', path.join(ROOT, entry), ...args], {
    env: { ...env, STOP_WITH_PARENT: '1' },
    logFile,
    stopSignal: 'SIGTERM',
    killAfterMs: 15_000,
  });
  return { name, child, exited, stop };
}

export interface SpawnLoggedOptions {
  env?: NodeJS.ProcessEnv;
  /** Where its output goes (appended); our stdout and stderr when absent. */
  logFile?: string;
  /** The signal that asks it to stop, then SIGKILL after `killAfterMs`. */
  stopSignal: NodeJS.Signals;
  killAfterMs: number;
}

/** A child process run from the project's root, its output to a log file or ours, with how to wait for its end and stop it. */
export function spawnLogged(command: string, args: string[], options: SpawnLoggedOptions): Pick<ServiceProcess, 'child' | 'exited' | 'stop'> {
  const output = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  const child = spawn(command, args, { cwd: ROOT, env: options.env ?? process.env, stdio: ['ignore', output ? 'pipe' : 'inherit', output ? 'pipe' : 'inherit'] });
  if (output) {
    child.stdout?.pipe(output);
    child.stderr?.pipe(output);
  }
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      output?.end();
      resolve(signal ? `signal ${signal}` : `code ${code}`);
    }),
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(options.stopSignal);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    await exited;
    clearTimeout(timer);
  };
  return { child, exited, stop };
}
