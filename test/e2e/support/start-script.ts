import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { SUBGRAPHS } from '../../../subgraphs/catalog';
import { freePort } from '../../../scripts/lib/ports';
import { waitFor } from '../../../scripts/lib/wait';

/**
 * `npm start` (or `npm run dev`) as a real process of a test's own: its own database folder, its
 * own ports and secrets, so stopping or editing what it runs disturbs no other test.
 */
export interface StartScript {
  child: ChildProcess;
  gatewayPort: number;
  /** Subgraph name → port. */
  ports: Record<string, number>;
  /** What it has printed on stderr (its `[start]`/`[dev]` lines) so far. */
  stderr(): string;
  /** Waits until its stderr matches `pattern`, and returns the match. */
  printed(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Ends it (SIGTERM) unless it has ended, and waits for its exit code. */
  stop(): Promise<number | null>;
}

export async function runStartScript(options: { root: string; dataDir: string; args?: string[]; env?: NodeJS.ProcessEnv }): Promise<StartScript> {
  const gatewayPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FERRETDB_DATA_DIR: options.dataDir,
    PORT: String(gatewayPort),
    LOG_LEVEL: 'warn',
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    IDENTITY_SECRET: randomBytes(32).toString('base64url'),
    ...options.env,
  };
  // Nothing of the developer's own stack: its own embedded database, subgraphs and supergraph.
  for (const name of ['MONGODB_URI', 'FERRETDB_PORT', 'SUPERGRAPH_PATH', 'SUPERGRAPH_URL']) delete env[name];
  const ports: Record<string, number> = {};
  for (const s of SUBGRAPHS) {
    delete env[`${s.envPrefix}_MONGODB_URI`];
    delete env[`${s.envPrefix}_URL`];
    env[`${s.envPrefix}_PORT`] = String((ports[s.name] = await freePort()));
  }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(options.root, 'scripts/start.ts'), ...(options.args ?? [])], { cwd: options.root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    gatewayPort,
    ports,
    stderr: () => stderr,
    printed: async (pattern, timeoutMs = 30_000) => {
      await waitFor(`the start script to print ${pattern}`, async () => {
        if (!pattern.test(stderr)) throw new Error(`not yet; so far:\n${stderr}`);
      }, { timeoutMs, intervalMs: 100 });
      return pattern.exec(stderr)!;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The processes `parent` started, by name: `database`, each subgraph, `gateway`. */
export function childrenOf(parent: number): Record<string, number> {
  const children: Record<string, number> = {};
  for (const line of execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args=']).toString().split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (!match || Number(match[2]) !== parent) continue;
    const args = match[3]!;
    const name = args.includes('ferretdb-launcher') ? 'database' : /(?:subgraphs\/([\w-]+)|(gateway))\/index\.ts/.exec(args)?.slice(1).find(Boolean);
    if (name) children[name] = Number(match[1]);
  }
  return children;
}
