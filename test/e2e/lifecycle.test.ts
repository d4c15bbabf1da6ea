import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IDENTITY_HEADER, signIdentity } from '../../lib/identity';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../scripts/lib/ferretdb';
import { freePort } from '../../scripts/lib/ports';
import { startServiceProcess, type ServiceProcess } from '../../scripts/lib/processes';
import { ROOT } from '../../scripts/lib/root';
import { waitFor } from '../../scripts/lib/wait';
import { seed } from '../../scripts/seed/seed';
import { postGraphQL } from './support/clients';

/**
 * A database and a kp2mi subgraph of this file's own, so stopping them disturbs no other test.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'satu-graf-lifecycle-'));
const dataDir = path.join(dir, 'db');
const quiet = () => undefined;
let database: EmbeddedDatabase;
let dbPort: number;

async function readiness(url: string): Promise<number> {
  return (await fetch(url, { signal: AbortSignal.timeout(3000) })).status;
}

// This file's own subgraph gets its own secret; requests to it carry an identity signed with it.
const identitySecret = randomBytes(32).toString('base64url');
const asGateway = () => ({ [IDENTITY_HEADER]: signIdentity({ sub: 'lifecycle-test', ministry: 'KP2MI', roles: ['officer'], scopes: [], purpose: null }, identitySecret) });

function startKp2mi(port: number, extraEnv: NodeJS.ProcessEnv = {}): ServiceProcess {
  return startServiceProcess(
    'kp2mi',
    'subgraphs/kp2mi/index.ts',
    { ...process.env, MONGODB_URI: database.uri, KP2MI_PORT: String(port), IDENTITY_SECRET: identitySecret, ...extraEnv },
    path.join(dir, `kp2mi-${port}.log`),
  );
}

async function waitUntilReady(url: string): Promise<void> {
  await waitFor(url, async () => {
    if ((await readiness(url)) !== 200) throw new Error('not ready');
  }, { timeoutMs: 30_000 });
}

beforeAll(async () => {
  dbPort = await freePort();
  database = await startEmbeddedDatabase({ dataDir, port: dbPort, log: quiet, stdio: 'ignore' });
  await seed({ mongodbUri: database.uri, env: {}, workers: 1500, reset: false, log: quiet, progress: false });
});
afterAll(async () => {
  await database.stop();
});

describe('a subgraph and its database', () => {
  it('turns not ready within seconds when the database stops, and ready again when it returns, without a restart', async () => {
    const port = await freePort();
    const subgraph = startKp2mi(port);
    const ready = `http://127.0.0.1:${port}/health/ready`;
    try {
      await waitUntilReady(ready);
      await database.stop();
      const stoppedAt = Date.now();
      await waitFor('readiness to turn 503', async () => {
        if ((await readiness(ready)) !== 503) throw new Error('still ready');
      }, { timeoutMs: 10_000 });
      expect(Date.now() - stoppedAt).toBeLessThan(10_000);
      const body = await (await fetch(ready)).json();
      expect(body).toEqual({ status: 'not ready', checks: { database: { ok: false, error: expect.any(String), latencyMs: expect.any(Number) } } });
      // Liveness is about the process, not its dependencies.
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);

      database = await startEmbeddedDatabase({ dataDir, port: dbPort, log: quiet, stdio: 'ignore' });
      await waitUntilReady(ready);
      expect(subgraph.child.exitCode).toBeNull();
      const { body: data } = await postGraphQL(`http://127.0.0.1:${port}/graphql`, { query: '{ workers(first: 1) { totalCount } }' }, asGateway());
      expect(data).toEqual({ data: { workers: { totalCount: 1500 } } });
    } finally {
      await subgraph.stop();
    }
  }, 60_000);

  it('finishes a request in flight when told to stop, then exits 0 and takes no new requests', async () => {
    const port = await freePort();
    const subgraph = startKp2mi(port);
    const url = `http://127.0.0.1:${port}/graphql`;
    await waitUntilReady(`http://127.0.0.1:${port}/health/ready`);
    // Two scans of 1,500 documents on the embedded database: long enough to be in flight.
    const inFlight = postGraphQL(url, { query: '{ workers(filter: { nameContains: "zzz" }) { totalCount edges { node { id } } } }' }, asGateway());
    await new Promise((resolve) => setTimeout(resolve, 30));
    subgraph.child.kill('SIGTERM');
    const response = await inFlight;
    expect(response).toEqual({ status: 200, body: { data: { workers: { totalCount: 0, edges: [] } } } });
    expect(await subgraph.exited).toBe('code 0');
    await expect(fetch(url)).rejects.toThrow();
  }, 60_000);

  it('exits at start with the name of a missing variable', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, KP2MI_PORT: String(port), IDENTITY_SECRET: identitySecret };
    delete env.MONGODB_URI;
    delete env.KP2MI_MONGODB_URI;
    const subgraph = startServiceProcess('kp2mi', 'subgraphs/kp2mi/index.ts', env, path.join(dir, 'missing-variable.log'));
    expect(await subgraph.exited).toBe('code 1');
    const { readFileSync } = await import('node:fs');
    const log = readFileSync(path.join(dir, 'missing-variable.log'), 'utf8');
    expect(log).toContain('MONGODB_URI is not set: set it (or KP2MI_MONGODB_URI) to the MongoDB server of subgraph kp2mi');
  }, 30_000);

  it('gives up on an unreachable database with an error that says where it tried', async () => {
    const port = await freePort();
    const closedPort = await freePort();
    const subgraph = startKp2mi(port, { MONGODB_URI: `mongodb://127.0.0.1:${closedPort}/`, DATABASE_CONNECT_ATTEMPTS: '2' });
    expect(await subgraph.exited).toBe('code 1');
    const { readFileSync } = await import('node:fs');
    const log = readFileSync(path.join(dir, `kp2mi-${port}.log`), 'utf8');
    expect(log).toContain(`Cannot reach the database at mongodb://127.0.0.1:${closedPort}/ (database \\"kp2mi\\") after 2 attempts`);
  }, 30_000);
});

describe('npm start without a database', () => {
  it('fails within a second naming both ways out when neither MONGODB_URI nor Go is available', async () => {
    const env: NodeJS.ProcessEnv = {
      // Only Node on the PATH: no Go.
      PATH: path.dirname(process.execPath),
      HOME: process.env.HOME,
      // No launcher built yet, as on a fresh clone.
      FERRETDB_CACHE_DIR: path.join(dir, 'empty-cache'),
    };
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts')], { cwd: ROOT, env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const elapsed = Date.now() - started;
    expect(code).toBe(1);
    expect(stderr).toContain('No database: set MONGODB_URI to a MongoDB server');
    expect(stderr).toContain('or install Go 1.24+');
    expect(elapsed).toBeLessThan(3000);
  }, 30_000);
});
