import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../scripts/lib/ferretdb';
import { freePort } from '../../scripts/lib/ports';
import { ROOT } from '../../scripts/lib/root';
import { probeReady, startService, type ServiceSpec } from '../../scripts/lib/stack';
import { serviceUnit } from '../../scripts/lib/stack-supervision';
import { supervise } from '../../scripts/lib/supervisor';
import { waitFor } from '../../scripts/lib/wait';
import { postGraphQL } from './support/clients';
import { childrenOf, runStartScript, type StartScript } from './support/start-script';

/**
 * The supervision of `npm start` on real processes: a stack of this file's own (its own database
 * in a temporary folder, its own ports), so killing its processes disturbs no other test.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'satu-graf-supervisor-'));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  let run: StartScript | undefined;
  afterAll(async () => {
    await run?.stop();
  });

  it('restarts a crashed subgraph, database or gateway alone, on the same port, and stops everything on SIGTERM', async () => {
    run = await runStartScript({ root: ROOT, dataDir: path.join(dir, 'stack-db') });
    const { child: start, gatewayPort, ports } = run;
    const output = run.printed;
    const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;
    const gatewayReady = () => waitFor('the gateway to be ready', () => probeReady(`http://localhost:${gatewayPort}/health/ready`), { timeoutMs: 30_000, intervalMs: 100 });
    await output(/\[start\] subgraphs ready/);
    // Supervision begins once npm start has seen the gateway ready itself: a process killed before
    // would only keep its start waiting.
    await output(/\[start\] everything is up/);
    const before = childrenOf(start.pid!);
    expect(Object.keys(before).sort()).toEqual(['database', 'gateway', ...SUBGRAPHS.map((s) => s.name)].sort());

    // A subgraph: restarted alone, the others keep their processes.
    process.kill(before.esdm!, 'SIGKILL');
    await output(/\[start\] esdm exited unexpectedly \(signal SIGKILL\); its output is above\. Restarting it in 0\.5 s\./);
    const esdmBack = await output(new RegExp(`\\[start\\] esdm is back: ready at http://localhost:${ports.esdm}/health/ready \\(pid (\\d+), restart 1\\)\\.`));
    const afterEsdm = childrenOf(start.pid!);
    expect(afterEsdm).toEqual({ ...before, esdm: Number(esdmBack[1]) });
    expect(afterEsdm.esdm).not.toBe(before.esdm);
    await gatewayReady();
    const centers = await postGraphQL(gatewayUrl, { query: '{ esdmTrainingCenters { name city } }' });
    expect(centers.status).toBe(200);
    expect(centers.body.errors).toBeUndefined();
    expect(centers.body.data.esdmTrainingCenters.length).toBeGreaterThan(0);

    // The database: restarted on its port and data folder; the subgraphs reconnect without a restart.
    process.kill(before.database!, 'SIGKILL');
    await output(/\[start\] database exited unexpectedly \(signal SIGKILL\); its output is above\. Restarting it in 0\.5 s\./);
    await output(/\[start\] database is back: ready at mongodb:\/\/127\.0\.0\.1:\d+\/ \(pid \d+, restart 1\)\./);
    await gatewayReady();
    const afterDatabase = childrenOf(start.pid!);
    expect({ ...afterDatabase, database: 0 }).toEqual({ ...afterEsdm, database: 0 });
    const countries = await postGraphQL(gatewayUrl, { query: '{ countries { code name } }' });
    expect(countries.body.errors).toBeUndefined();
    expect(countries.body.data.countries.length).toBeGreaterThan(0);

    // The gateway.
    process.kill(afterDatabase.gateway!, 'SIGKILL');
    await output(/\[start\] gateway exited unexpectedly \(signal SIGKILL\); its output is above\. Restarting it in 0\.5 s\./);
    await output(new RegExp(`\\[start\\] gateway is back: ready at http://localhost:${gatewayPort}/health/ready \\(pid \\d+, restart 1\\)\\.`));
    const afterGateway = childrenOf(start.pid!);
    expect({ ...afterGateway, gateway: 0 }).toEqual({ ...afterDatabase, gateway: 0 });
    const workers = await postGraphQL(gatewayUrl, { query: '{ countries { code activeWorkers } }' });
    expect(workers.body.errors).toBeUndefined();

    const code = await run.stop();
    expect(code).toBe(0);
    expect(run.stderr()).toContain('[start] SIGTERM: stopping the gateway, the subgraphs and the database');
    expect(run.stderr()).toContain('[start] everything stopped');
    expect(Object.values(afterGateway).filter(alive)).toEqual([]);
  }, 60_000);
});

describe('the supervisor on a subgraph that keeps crashing at start', () => {
  let database: EmbeddedDatabase;
  beforeAll(async () => {
    database = await startEmbeddedDatabase({ dataDir: path.join(dir, 'db'), port: await freePort(), log: () => undefined, stdio: 'ignore' });
  });
  afterAll(async () => {
    await database.stop();
  });

  it('gives up after its failed starts in a row, saying where its log is, and restarts nothing after', async () => {
    const port = await freePort();
    const spec: ServiceSpec = {
      name: 'kp2mi',
      entry: 'subgraphs/kp2mi/index.ts',
      env: { ...process.env, MONGODB_URI: database.uri, KP2MI_PORT: String(port), IDENTITY_SECRET: randomBytes(32).toString('base64url') },
      logFile: path.join(dir, 'kp2mi.log'),
      healthUrl: `http://127.0.0.1:${port}/health/ready`,
    };
    const first = startService(spec);
    await waitFor('kp2mi to be ready', () => probeReady(spec.healthUrl), { timeoutMs: 30_000 });
    const lines: string[] = [];
    let gaveUp: (reason: string) => void = () => undefined;
    const givenUp = new Promise<string>((resolve) => (gaveUp = resolve));
    const supervisor = supervise([serviceUnit(spec, first)], {
      log: (line) => lines.push(line),
      onGiveUp: gaveUp,
      policy: { initialDelayMs: 100, maxDelayMs: 400, maxStartFailures: 3 },
    });
    // Killed, and its port taken before the restart: every new copy fails to listen and exits.
    first.child.kill('SIGKILL');
    await first.exited;
    // It takes connections and drops them, so closing it waits for none.
    const squatter = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      let timer: NodeJS.Timeout | undefined;
      const reason = await Promise.race([givenUp, new Promise((resolve) => (timer = setTimeout(() => resolve('not given up within 45 s'), 45_000)))]);
      clearTimeout(timer);
      expect(reason).toBe('kp2mi keeps crashing at start');
      const log = `its log: ${spec.logFile}`;
      expect(lines).toEqual([
        `kp2mi exited unexpectedly (signal SIGKILL); ${log}. Restarting it in 0.1 s.`,
        `kp2mi exited (code 1) before it was ready (failed start 1 of 3 in a row); ${log}. Restarting it in 0.2 s.`,
        `kp2mi exited (code 1) before it was ready (failed start 2 of 3 in a row); ${log}. Restarting it in 0.4 s.`,
        `kp2mi exited (code 1) before it was ready (failed start 3 of 3 in a row); ${log}. Giving up on it.`,
      ]);
      expect(readFileSync(spec.logFile!, 'utf8')).toContain('EADDRINUSE');
      expect([supervisor.current('kp2mi'), supervisor.restarts('kp2mi')]).toEqual([undefined, 0]);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(lines).toHaveLength(4);
    } finally {
      await supervisor.stop();
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 60_000);
});
