import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validate } from 'graphql';
import { readRegistry, RegistryError } from '../../lib/operation-registry';
import { apiSchemaOf } from '../../scripts/lib/api-schema';
import { SUPERGRAPH_PATH } from '../../scripts/lib/composition';

const registry = readRegistry();
const served = apiSchemaOf(readFileSync(SUPERGRAPH_PATH, 'utf8'));

describe('the operation registry', () => {
  it('holds the clients the graph is judged by, each with an owner', () => {
    const clients = new Map(registry.map((operation) => [operation.client.id, operation.client]));
    expect([...clients.keys()]).toEqual(expect.arrayContaining(['contract', 'job-portal', 'officer-desk', 'analyst-questions']));
    for (const client of clients.values()) expect(client.owner).toMatch(/\S/);
    expect(registry.filter((operation) => operation.client.id === 'contract').map((operation) => operation.name).sort()).toEqual(['AnalystStatistics', 'CountryMarket', 'EnergyAndMiningJobs', 'WorkerStory']);
  });

  it.each(registry.map((operation) => [operation.file, operation] as const))('%s validates against the served supergraph', (_file, operation) => {
    expect(validate(served, operation.document).map((error) => error.message)).toEqual([]);
  });

  it('registers every mutation of the graph with some client', () => {
    const used = new Set(registry.flatMap((operation) => (operation.kind === 'mutation' ? [operation.source.match(/\{\s*(\w+)/)![1]] : [])));
    expect([...used].sort()).toEqual(Object.keys(served.getMutationType()!.getFields()).sort());
  });
});

describe('a malformed registry', () => {
  function registryWith(files: Record<string, string>): string {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'registry-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      writeFileSync(path.join(folder, name), text);
    }
    return folder;
  }
  const client = JSON.stringify({ name: 'Portal', owner: 'KP2MI', description: 'A portal.', caller: 'anonymous' });

  it.each([
    ['a client without client.json', { 'portal/a.graphql': 'query A { countries { code } }' }, 'portal/client.json: missing: every client folder names its client and owner'],
    ['a client without an owner', { 'portal/client.json': JSON.stringify({ name: 'Portal', owner: ' ', description: 'x', caller: 'x' }), 'portal/a.graphql': 'query A { countries { code } }' }, 'portal/client.json: "owner" must be a non-empty string'],
    [
      'an acceptance without its reason',
      { 'portal/client.json': JSON.stringify({ name: 'Portal', owner: 'KP2MI', description: 'x', caller: 'x', accepts: [{ change: "Field 'Query.countries' changed type" }] }), 'portal/a.graphql': 'query A { countries { code } }' },
      'portal/client.json: "accepts" must be a list of { "change": "<the check\'s words for the change>", "why": "<how the client handles it>" }; entry 0 is not',
    ],
    ['an unnamed operation', { 'portal/client.json': client, 'portal/a.graphql': '{ countries { code } }' }, 'portal/a.graphql: the operation has no name; registered operations are named, so checks and clients can name them'],
    ['two operations in a file', { 'portal/client.json': client, 'portal/a.graphql': 'query A { countries { code } } query B { countries { name } }' }, 'portal/a.graphql: holds 2 operations; a registered file holds exactly one (its fragments may sit beside it)'],
    ['a name used twice', { 'portal/client.json': client, 'portal/a.graphql': 'query A { countries { code } }', 'desk/client.json': client, 'desk/b.graphql': 'query A { countries { name } }' }, 'portal/a.graphql: the operation name A is taken by desk/b.graphql; names are unique across the registry'],
    ['a syntax error', { 'portal/client.json': client, 'portal/a.graphql': 'query A { countries { code }' }, 'portal/a.graphql: Syntax Error: Expected Name, found <EOF>.'],
  ])('is refused: %s', (_what, files, message) => {
    expect(() => readRegistry(registryWith(files))).toThrow(new RegistryError(message));
  });
});
