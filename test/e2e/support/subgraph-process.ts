import path from 'node:path';
import { freePort } from '../../../scripts/lib/ports';
import { startServiceProcess, type ServiceProcess } from '../../../scripts/lib/processes';
import { probeReady } from '../../../scripts/lib/stack';
import { waitFor } from '../../../scripts/lib/wait';
import { SUBGRAPHS, type SubgraphEntry } from '../../../subgraphs/catalog';
import { stackInfo } from './stack-info';

/** A subgraph process of a test's own (a second replica, or one with settings of its own), on the stack's database. */
export interface SubgraphProcess {
  url: string;
  logFile: string;
  process: ServiceProcess;
  stop(): Promise<void>;
}

/**
 * Starts `entry` on a free port with the stack's database, secrets and gateway, `env` on top; resolves
 * once it is ready, or at once with `ready: false` (a test that expects it not to start).
 */
export async function startSubgraphProcess(entry: SubgraphEntry, label: string, env: NodeJS.ProcessEnv = {}, options: { ready?: boolean } = {}): Promise<SubgraphProcess> {
  const port = await freePort();
  // The other subgraphs as the stack runs them, for a subgraph that calls them (KP2MI's data-subject requests).
  const urls = Object.fromEntries(Object.entries(stackInfo().subgraphUrls).map(([name, url]) => [`${SUBGRAPHS.find((s) => s.name === name)!.envPrefix}_URL`, url]));
  const logFile = path.join(stackInfo().dir, `${label}-${port}.log`);
  const started = startServiceProcess(label, `subgraphs/${entry.folder}/index.ts`, {
    ...process.env,
    ...urls,
    MONGODB_URI: stackInfo().mongodbUri,
    IDENTITY_SECRET: stackInfo().identitySecret,
    GATEWAY_URL: stackInfo().gatewayUrl,
    LOG_LEVEL: 'warn',
    [`${entry.envPrefix}_PORT`]: String(port),
    ...env,
  }, logFile);
  if (options.ready !== false) await waitFor(label, () => probeReady(`http://127.0.0.1:${port}/health/ready`), { timeoutMs: 60_000, abort: started.exited });
  return { url: `http://127.0.0.1:${port}/graphql`, logFile, process: started, stop: () => started.stop() };
}
