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
  const output = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, entry), ...args], {
    cwd: ROOT,
    env: { ...env, STOP_WITH_PARENT: '1' },
    stdio: ['ignore', output ? 'pipe' : 'inherit', output ? 'pipe' : 'inherit'],
  });
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
    child.kill('SIGTERM');
    // Graceful shutdown drains in-flight requests; past 15 s something is stuck.
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { name, child, exited, stop };
}
