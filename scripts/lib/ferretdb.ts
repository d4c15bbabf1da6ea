import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { ensureLauncher } from './launcher';
import { ROOT } from './root';
import { freePort } from './ports';
import { waitFor } from './wait';

export const DEFAULT_DATA_DIR = path.join(ROOT, '.data', 'ferretdb');

export interface EmbeddedDatabase {
  uri: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface StartDatabaseOptions {
  dataDir?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  log: (line: string) => void;
  /** Where the launcher's own log lines go; by default they are dropped below warnings. */
  stdio?: 'inherit' | 'ignore';
}

export async function pingUri(uri: string, timeoutMs = 1000): Promise<void> {
  const connection = mongoose.createConnection(uri, { serverSelectionTimeoutMS: timeoutMs });
  try {
    await connection.asPromise();
    await connection.db!.command({ ping: 1 });
  } finally {
    await connection.close().catch(() => undefined);
  }
}

/** Starts FerretDB on 127.0.0.1 and resolves once it answers a ping. */
export async function startEmbeddedDatabase(options: StartDatabaseOptions): Promise<EmbeddedDatabase> {
  const binary = ensureLauncher(options.log);
  const port = options.port || (await freePort());
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(binary, ['-listen', `127.0.0.1:${port}`, '-data', dataDir, '-log-level', process.env.FERRETDB_LOG_LEVEL || 'error', '-stop-with-parent'], { stdio: ['ignore', options.stdio ?? 'inherit', options.stdio ?? 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const uri = `mongodb://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitFor(`the embedded database on port ${port}`, () => pingUri(uri, 500), {
      timeoutMs: 20_000,
      abort: exited.then((code) => `the database process exited with code ${code} (is port ${port} in use?)`),
    });
  } catch (err) {
    await stop();
    throw err;
  }
  options.log(`embedded database listening on 127.0.0.1:${port} (data in ${path.relative(ROOT, dataDir) || dataDir})`);
  return { uri, port, process: child, stop };
}
