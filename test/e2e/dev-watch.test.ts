import { execFileSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/root';
import { waitFor } from '../../scripts/lib/wait';
import { postGraphQL } from './support/clients';
import { childrenOf, runStartScript, type StartScript } from './support/start-script';

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
    // Regular files only: a file deleted in the working tree is not part of it, nor is a link (node_modules).
    if (!lstatSync(path.join(ROOT, file), { throwIfNoEntry: false })?.isFile()) continue;
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(copy, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
}

describe('npm run dev', () => {
  let dev: StartScript | undefined;
  afterAll(async () => {
    await dev?.stop();
  });

  it('serves an edited subgraph schema from the running gateway, and keeps the last good one when an edit does not compose', async () => {
    copyRepository();
    // The copy reuses the embedded database's launcher this checkout built.
    dev = await runStartScript({ root: copy, dataDir: path.join(dir, 'db'), args: ['--watch'], env: { FERRETDB_CACHE_DIR: path.join(ROOT, '.cache', 'ferretdb') } });
    const { gatewayPort, printed } = dev;
    await printed(/\[dev\] watching/, 90_000);
    const gatewayPid = () => childrenOf(dev!.child.pid!).gateway;
    const gateway = gatewayPid();
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
    expect(gatewayPid()).toBe(gateway);
    expect(dev.stderr()).toMatch(/\[dev\] composed schema\/supergraph\.graphql/);
    expect(dev.stderr()).toMatch(/\[dev\] kp2mi restarting: subgraphs\/kp2mi\/schema\.graphql changed\./);
    process.stderr.write(`[dev-watch] the edited schema was served ${servedAfterMs} ms after the write\n`);

    // A schema that does not compose: the error is shown, the subgraph and the gateway go on as they were.
    writeFileSync(schemaFile, edited.replace('motto: String', 'motto: Strin'));
    await printed(/the subgraph schemas do not compose/);
    expect(dev.stderr()).toMatch(/Strin/);
    expect((await postGraphQL(url, query)).body).toEqual({ data: { countries: expect.arrayContaining([{ code: 'TW', motto: null }]) } });
    expect(gatewayPid()).toBe(gateway);
  }, 180_000);
});
