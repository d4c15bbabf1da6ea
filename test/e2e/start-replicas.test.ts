import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../scripts/lib/ports';
import { ROOT } from '../../scripts/lib/root';
import { waitFor } from '../../scripts/lib/wait';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

/**
 * `npm run start:replicas` as a real process (its HAProxy, gateway and subgraph replicas on the e2e
 * database): it says where everything listens, answers through HAProxy, and SIGTERM stops it all.
 * The rolling restart itself is test/e2e/rolling-restart.test.ts, on the same stack code.
 */
function run(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/start-replicas.ts'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** The processes `pid` started that the stack is made of: HAProxy and the replicas (not, say, a tsx helper). */
function stackProcesses(pid: number): { pid: number; args: string }[] {
  return execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='])
    .toString()
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null && Number(match[2]) === pid && /\/haproxy |\/index\.ts$/.test(match[3]!))
    .map((match) => ({ pid: Number(match![1]), args: match![3]! }));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('refuses a count it cannot run, saying how to call it', async () => {
  const script = run(['--gateways', '0'], process.env);
  expect(await script.exited).toBe(1);
  expect(script.output()).toContain('[replicas] --gateways must be a whole number from 1 to 8; got "0". usage: npm run start:replicas -- [--gateways N] [--replicas N]');
});

it('starts HAProxy in front of the replicas, prints where everything listens, answers, and stops it all on SIGTERM', async () => {
  const info = stackInfo();
  const ports = new Set<number>();
  while (ports.size < 2 + SUBGRAPHS.length) ports.add(await freePort());
  const [publicPort, statsPort, ...listeners] = [...ports];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MONGODB_URI: info.mongodbUri,
    AUTH_JWT_SECRET: info.jwtSecret,
    IDENTITY_SECRET: info.identitySecret,
    LOG_LEVEL: 'warn',
    PORT: String(publicPort),
    HAPROXY_STATS_PORT: String(statsPort),
    ...Object.fromEntries(SUBGRAPHS.map((s, i) => [`${s.envPrefix}_PORT`, String(listeners[i])])),
  };
  for (const name of ['SHUTDOWN_DELAY_MS', 'SUPERGRAPH_PATH', 'SUPERGRAPH_URL']) delete env[name];
  const script = run(['--gateways', '2', '--replicas', '1'], env);
  try {
    await waitFor('the listeners to be printed', async () => {
      if (!script.output().includes('Replicas stop with SHUTDOWN_DELAY_MS=')) throw new Error(script.output());
    }, { timeoutMs: 120_000, intervalMs: 200, abort: script.exited.then((code) => `it exited with code ${code}:\n${script.output()}`) });
    const printed = script.output();
    expect(printed).toContain(`its stats: http://localhost:${statsPort}/stats`);
    expect(printed).toMatch(new RegExp(`gateway +http://localhost:${publicPort}/graphql +→ gateway-1 127\\.0\\.0\\.1:\\d+, gateway-2 127\\.0\\.0\\.1:\\d+\\n`));
    SUBGRAPHS.forEach((s, i) => expect(printed).toMatch(new RegExp(`${s.name} +http://localhost:${listeners[i]}/graphql +→ ${s.name}-1 127\\.0\\.0\\.1:\\d+\\n`)));
    expect(printed).toContain('Replicas stop with SHUTDOWN_DELAY_MS=2000');

    const { status, body } = await postGraphQL(`http://localhost:${publicPort}/graphql`, { query: '{ countries { code } esdmTrainingCenters { code } bdiTrainingCenters { code } kurBanks { code } }' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data as Record<string, unknown[]>).every((list) => list.length > 0)).toBe(true);

    // HAProxy and six replicas: two gateways, one process of each subgraph.
    const started = stackProcesses(script.child.pid!);
    expect(started.map((proc) => /(haproxy|gateway|kp2mi|esdm|perindustrian|koperasi-ukm)/.exec(proc.args)![1]).sort()).toEqual(['esdm', 'gateway', 'gateway', 'haproxy', 'koperasi-ukm', 'kp2mi', 'perindustrian']);
    script.child.kill('SIGTERM');
    expect(await script.exited).toBe(0);
    expect(script.output()).toContain('[replicas] SIGTERM: stopping HAProxy, the replicas and the database\n');
    expect(script.output()).toContain('[replicas] everything stopped\n');
    expect(started.filter((proc) => alive(proc.pid))).toEqual([]);
  } finally {
    script.child.kill('SIGKILL');
  }
}, 180_000);
