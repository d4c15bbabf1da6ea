import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { freePort } from '../../scripts/lib/ports';
import { ROOT } from '../../scripts/lib/root';
import { waitFor } from '../../scripts/lib/wait';
import { postGraphQL } from './support/clients';

/**
 * `npm run dev` on a copy of the repository (its schemas are edited here), with its own
 * database folder and ports: a schema edit is composed and served by the running gateway, which
 * is not restarted; a schema that does not compose is shown and the last good one keeps serving.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'satu-graf-dev-'));
const copy = path.join(dir, 'repo');

function copyRepository(): void {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    try {
      copyFileSync(path.join(ROOT, file), path.join(copy, file));
    } catch (err) {
      // A file deleted in the working tree but still in the index is not part of it.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
}

/** The pid of the gateway process `parent` started. */
function gatewayPid(parent: number): number | undefined {
  for (const line of execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args=']).toString().split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (match && Number(match[2]) === parent && match[3]!.includes('gateway/index.ts')) return Number(match[1]);
  }
  return undefined;
}

describe('npm run dev', () => {
  let dev: ChildProcess | undefined;
  let stderr = '';
  afterAll(async () => {
    if (dev && dev.exitCode === null && dev.signalCode === null) {
      dev.kill('SIGTERM');
      await new Promise((resolve) => dev!.once('exit', resolve));
    }
  });

  const printed = (pattern: RegExp, timeoutMs = 60_000) =>
    waitFor(`npm run dev to print ${pattern}`, async () => {
      if (!pattern.test(stderr)) throw new Error(`not yet; so far:\n${stderr}`);
    }, { timeoutMs, intervalMs: 100 });

  it('serves an edited subgraph schema from the running gateway, and keeps the last good one when an edit does not compose', async () => {
    copyRepository();
    const gatewayPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      FERRETDB_DATA_DIR: path.join(dir, 'db'),
      FERRETDB_CACHE_DIR: path.join(ROOT, '.cache', 'ferretdb'),
      PORT: String(gatewayPort),
      LOG_LEVEL: 'warn',
      AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
      IDENTITY_SECRET: randomBytes(32).toString('base64url'),
    };
    delete env.MONGODB_URI;
    delete env.FERRETDB_PORT;
    delete env.SUPERGRAPH_PATH;
    for (const s of SUBGRAPHS) {
      delete env[`${s.envPrefix}_MONGODB_URI`];
      delete env[`${s.envPrefix}_URL`];
      env[`${s.envPrefix}_PORT`] = String(await freePort());
    }
    dev = spawn(process.execPath, ['--import', 'tsx', path.join(copy, 'scripts/start.ts'), '--watch'], { cwd: copy, env, stdio: ['ignore', 'ignore', 'pipe'] });
    dev.stderr!.on('data', (chunk) => (stderr += chunk));
    await printed(/\[dev\] watching/, 90_000);
    const gateway = gatewayPid(dev.pid!);
    expect(gateway).toEqual(expect.any(Number));
    const url = `http://127.0.0.1:${gatewayPort}/graphql`;
    const query = { query: '{ countries { code motto } }' };
    expect((await postGraphQL(url, query)).body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    // A new field on Country in kp2mi's schema: composed, and answered (null) without a gateway restart.
    const schemaFile = path.join(copy, 'subgraphs/kp2mi/schema.graphql');
    const original = readFileSync(schemaFile, 'utf8');
    const edited = original.replace(/(\ntype Country @key[^{]*\{)/, '$1\n  "The country\'s motto, where the ministry has recorded one."\n  motto: String');
    expect(edited).not.toBe(original);
    const written = Date.now();
    writeFileSync(schemaFile, edited);
    let answer: { status: number; body: any } | undefined;
    await waitFor('the new field to answer', async () => {
      answer = await postGraphQL(url, query);
      if (answer.status !== 200 || answer.body.errors) throw new Error(JSON.stringify(answer.body));
    }, { timeoutMs: 30_000, intervalMs: 100 });
    const servedAfterMs = Date.now() - written;
    expect(answer!.body.data.countries[0]).toEqual({ code: expect.any(String), motto: null });
    expect(gatewayPid(dev.pid!)).toBe(gateway);
    expect(stderr).toMatch(/\[dev\] composed schema\/supergraph\.graphql/);
    expect(stderr).toMatch(/\[dev\] kp2mi restarting: subgraphs\/kp2mi\/schema\.graphql changed\./);
    process.stderr.write(`[dev-watch] the edited schema was served ${servedAfterMs} ms after the write\n`);

    // A schema that does not compose: the error is shown, the subgraph and the gateway go on as they were.
    writeFileSync(schemaFile, edited.replace('motto: String', 'motto: Strin'));
    await printed(/the subgraph schemas do not compose/);
    expect(stderr).toMatch(/Strin/);
    expect((await postGraphQL(url, query)).body).toEqual({ data: { countries: expect.arrayContaining([{ code: 'TW', motto: null }]) } });
    expect(gatewayPid(dev.pid!)).toBe(gateway);
  }, 180_000);
});
