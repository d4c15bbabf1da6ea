import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRegistry, REGISTRY_PATH } from '../../lib/operation-registry';
import { ROOT } from '../../scripts/lib/root';

/**
 * The typed client and the trusted-documents manifest, generated from the registry and committed.
 * The generator runs as the command people run (its CLI is ESM-only, which this runtime of the
 * tests cannot load in-process).
 */
const GENERATED = path.join(ROOT, 'clients', 'typescript', 'src', 'generated');

function codegen(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/codegen.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

function registryCopy(edit: (folder: string) => void): string {
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'codegen-')), 'operations');
  cpSync(REGISTRY_PATH, folder, { recursive: true });
  edit(folder);
  return folder;
}

describe('npm run codegen', () => {
  it('--check passes on the committed client: it is what the registry generates', () => {
    expect(codegen(['--check'])).toEqual({ status: 0, stdout: expect.stringMatching(/^codegen: the typed client is up to date \(5 files, \d+ documents\)$/), stderr: '' });
  });

  it('lists every registered operation once in the manifest, keyed by the sha256 of its text, with its client', () => {
    const manifest = JSON.parse(readFileSync(path.join(GENERATED, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const owners = JSON.parse(readFileSync(path.join(GENERATED, 'operations.json'), 'utf8')) as Record<string, { operation: string; client: string }>;
    for (const [id, document] of Object.entries(manifest)) expect(id).toBe(`sha256:${createHash('sha256').update(document).digest('hex')}`);
    expect(Object.keys(owners).sort()).toEqual(Object.keys(manifest).sort());
    expect(Object.values(owners).map(({ operation, client }) => `${client}/${operation}`).sort()).toEqual(readRegistry().map((operation) => `${operation.client.id}/${operation.name}`).sort());
  });

  it('--check fails when a registered operation was edited and the client not generated again, naming the stale files', () => {
    const folder = registryCopy((copy) => {
      const file = path.join(copy, 'officer-desk', 'find-by-nik.graphql');
      writeFileSync(file, readFileSync(file, 'utf8').replace('id fullName status', 'id fullName status sex'));
    });
    expect(codegen(['--check', '--registry', folder])).toEqual({
      status: 1,
      stdout: '',
      stderr: ['gql.ts', 'graphql.ts', 'operations.json', 'persisted-documents.json'].map((name) => `codegen: clients/typescript/src/generated/${name} is stale`).join('\n') + '\ncodegen: run npm run codegen and commit what it writes',
    });
  });

  it('refuses an operation that selects a field the schema does not have, naming it', () => {
    const folder = registryCopy((copy) => writeFileSync(path.join(copy, 'job-portal', 'motto.graphql'), 'query CountryMotto { countries { code motto } }\n'));
    const result = codegen(['--check', '--registry', folder]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Cannot query field "motto" on type "Country"/);
  });
});
