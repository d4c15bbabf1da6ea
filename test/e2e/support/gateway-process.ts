import { readFileSync } from 'node:fs';
import path from 'node:path';
import { envPrefix } from '../../../gateway/config';
import { freePort } from '../../../scripts/lib/ports';
import { startServiceProcess, type ServiceProcess } from '../../../scripts/lib/processes';
import { waitFor } from '../../../scripts/lib/wait';
import { stackInfo } from './stack-info';

/** A gateway process of a test's own, with settings of its own, over the stack's subgraphs. */
export interface GatewayProcess {
  url: string;
  logFile: string;
  process: ServiceProcess;
  /** Its log so far, one parsed JSON object per line. */
  logLines(): Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Its log so far; lines that are not JSON (a crash's output) are left out. */
export function readLogLines(logFile: string): Record<string, unknown>[] {
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Starts the gateway with `env` over the stack's subgraphs and secrets; `live` false: does not wait for it to listen. */
export async function startGatewayProcess(name: string, env: NodeJS.ProcessEnv, options: { live?: boolean } = {}): Promise<GatewayProcess> {
  const port = await freePort();
  const subgraphUrls = Object.fromEntries(Object.entries(stackInfo().subgraphUrls).map(([subgraph, url]) => [`${envPrefix(subgraph)}_URL`, url]));
  const logFile = path.join(stackInfo().dir, `gateway-${name}-${port}.log`);
  const started = startServiceProcess('gateway', 'gateway/index.ts', { ...process.env, ...subgraphUrls, PORT: String(port), AUTH_JWT_SECRET: stackInfo().jwtSecret, IDENTITY_SECRET: stackInfo().identitySecret, ...env }, logFile);
  if (options.live !== false) {
    await waitFor(`the ${name} gateway`, async () => {
      if ((await fetch(`http://127.0.0.1:${port}/health/live`)).status !== 200) throw new Error('not live');
    }, { timeoutMs: 30_000, abort: started.exited });
  }
  return { url: `http://127.0.0.1:${port}/graphql`, logFile, process: started, logLines: () => readLogLines(logFile), stop: () => started.stop() };
}
