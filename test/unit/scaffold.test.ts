import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { ESLint, type Linter } from 'eslint';
import { parse } from 'graphql';
import { MINISTRIES } from '../../lib/identity';
import { ROOT } from '../../scripts/lib/root';
import { runSubgraphNew } from '../../scripts/scaffold/cli';
import { defaultRoutingUrl, SUBGRAPHS } from '../../subgraphs/catalog';
import { auditPartField } from '../../subgraphs/runtime/audit/audit-trail';

/**
 * `npm run subgraph:new`, run in a scratch copy of the files it reads and edits, so what it
 * writes (or, refused, does not write) can be compared file by file.
 */
const EDITED = ['subgraphs/catalog.ts', 'lib/identity.ts', 'scripts/seed/seed.ts', 'test/e2e/authorization-matrix.test.ts', 'README.md'];

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'scaffold-'));
  for (const file of EDITED) cpSync(path.join(ROOT, file), path.join(scratch, file));
  for (const folder of readdirSync(path.join(ROOT, 'subgraphs'))) {
    const schema = path.join('subgraphs', folder, 'schema.graphql');
    if (existsSync(path.join(ROOT, schema))) cpSync(path.join(ROOT, schema), path.join(scratch, schema));
  }
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under the scratch folder with its content. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(scratch, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(scratch, file)] = readFileSync(file, 'utf8');
    }
  }
  return files;
}

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runSubgraphNew(args, { root: scratch, out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

const read = (file: string) => readFileSync(path.join(scratch, file), 'utf8');

/** What a partner's scaffold creates, in the order it lists them. */
const created = (name: string) => [
  `subgraphs/${name}/schema.graphql`,
  `subgraphs/${name}/subgraph.ts`,
  `subgraphs/${name}/index.ts`,
  `subgraphs/${name}/access.ts`,
  `subgraphs/${name}/data-sources.ts`,
  `subgraphs/${name}/models/index.ts`,
  `subgraphs/${name}/models/membership.ts`,
  `subgraphs/${name}/repositories/membership-repository.ts`,
  `subgraphs/${name}/resolvers/context.ts`,
  `subgraphs/${name}/resolvers/index.ts`,
  `subgraphs/${name}/resolvers/query.ts`,
  `subgraphs/${name}/resolvers/membership.ts`,
  `subgraphs/${name}/resolvers/worker.ts`,
  `scripts/seed/${name}.ts`,
  `test/unit/${name}-memberships.test.ts`,
  `test/e2e/${name}.test.ts`,
];
/** A partner no one will add, for the cases that do not depend on the name. */
const PROBE = ['--name', 'probe-partner', '--ministry', 'PROBE_PARTNER'];
const NEXT_PORT = Math.max(...SUBGRAPHS.map((entry) => entry.defaultPort)) + 1;
const MINISTRY_VALUE = ['    +  "BPJS TK: migrant workers\' memberships (the bpjs subgraph)."', '    +  BPJS_TK'];
// What the repository lists now, so the expected changes hold whichever partners have joined.
const NAMES = SUBGRAPHS.map((entry) => `'${entry.name}'`).join(' | ');
const CODES = MINISTRIES.map((code) => `'${code}'`).join(', ');
const CLAIMS = MINISTRIES.map((code) => `\`${code}\``);
const REQUIRED_PARTS = SUBGRAPHS.filter((entry) => entry.name !== 'kp2mi').map(auditPartField).join(' ');

// Once a partner named bpjs has joined, its name is taken: the refusals below cover that case.
const bpjsFree = !SUBGRAPHS.some((entry) => entry.folder === 'bpjs') && !(MINISTRIES as readonly string[]).includes('BPJS_TK');

(bpjsFree ? describe : describe.skip)('npm run subgraph:new -- --name bpjs --ministry BPJS_TK --dry-run', () => {
  it('lists every file it would write and every change, and writes nothing', () => {
    const before = snapshot();
    const { code, out, err } = run('--name', 'bpjs', '--ministry', 'BPJS_TK', '--dry-run');
    expect([code, err]).toEqual([0, []]);
    expect(snapshot()).toEqual(before);
    // Hunk headers give line numbers, which move with every edit of the files; the lines themselves are the change.
    const lines = out.filter((line) => !line.startsWith('    @@ line '));
    expect(lines[0]).toBe(`Dry run, nothing written. The subgraph bpjs of BPJS_TK (BPJS TK): port ${NEXT_PORT}, database bpjs, environment prefix BPJS would take:`);
    expect(lines.filter((line) => line.startsWith('create ')).map((line) => line.split(' ')[1])).toEqual(created('bpjs'));
    expect(lines.slice(1 + created('bpjs').length)).toEqual([
      `change subgraphs/catalog.ts: the catalog entry (port ${NEXT_PORT}, database bpjs, environment prefix BPJS)`,
      `    -  name: ${NAMES};`,
      `    +  name: ${NAMES} | 'bpjs';`,
      `    +  { name: 'bpjs', ministry: 'BPJS_TK', envPrefix: 'BPJS', databaseName: 'bpjs', defaultPort: ${NEXT_PORT}, folder: 'bpjs' },`,
      'change lib/identity.ts: BPJS_TK in MINISTRIES',
      `    -export const MINISTRIES = [${CODES}] as const;`,
      `    +export const MINISTRIES = [${CODES}, 'BPJS_TK'] as const;`,
      'change subgraphs/kp2mi/schema.graphql: BPJS_TK in the Ministry enum; the audit trail requires bpjsAuditPart',
      '    +  "BPJS TK\'s entries for this page (JSON), merged here."',
      '    +  bpjsAuditPart: String! @external',
      `    -  edges: [AuditEntryEdge!]! @requires(fields: "${REQUIRED_PARTS}")`,
      `    +  edges: [AuditEntryEdge!]! @requires(fields: "${REQUIRED_PARTS} bpjsAuditPart")`,
      `    -  pageInfo: PageInfo! @requires(fields: "${REQUIRED_PARTS}")`,
      `    +  pageInfo: PageInfo! @requires(fields: "${REQUIRED_PARTS} bpjsAuditPart")`,
      `    -  totalCount: Int! @requires(fields: "${REQUIRED_PARTS}")`,
      `    +  totalCount: Int! @requires(fields: "${REQUIRED_PARTS} bpjsAuditPart")`,
      ...MINISTRY_VALUE,
      'change subgraphs/esdm/schema.graphql: BPJS_TK in the Ministry enum',
      ...MINISTRY_VALUE,
      'change subgraphs/perindustrian/schema.graphql: BPJS_TK in the Ministry enum',
      ...MINISTRY_VALUE,
      'change scripts/seed/seed.ts: its seed hook',
      "    +import { bpjs } from '../../subgraphs/bpjs/subgraph';",
      "    +import { seedBpjs } from './bpjs';",
      '    +  seeder(bpjs, seedBpjs),',
      'change test/e2e/authorization-matrix.test.ts: the row of Query.bpjsMembership',
      "    +    bpjsMembership: (await first('bpjs', 'memberships'))._id.toHexString(),",
      '    +  bpjsMembership: { select: () => `bpjsMembership(id: "${ids.bpjsMembership}") { id }`, cells: STAFF },',
      'change README.md: BPJS_TK in the token claims',
      `    -| \`ministry\` | ${CLAIMS.slice(0, -1).join(', ')} or ${CLAIMS.at(-1)} |`,
      `    +| \`ministry\` | ${CLAIMS.join(', ')} or \`BPJS_TK\` |`,
    ]);
    expect(out.filter((line) => line.startsWith('    @@ line ')).length).toBeGreaterThan(0);
  });

  it('defaults the database and environment prefix from the name, and takes overrides', () => {
    const defaults = run('--name', 'foo-bar', '--ministry', 'FOO', '--dry-run');
    expect(defaults.out[0]).toBe(`Dry run, nothing written. The subgraph foo-bar of FOO (FOO): port ${NEXT_PORT}, database foo_bar, environment prefix FOO_BAR would take:`);
    expect(defaults.out).toContain(`    +  { name: 'foo-bar', ministry: 'FOO', envPrefix: 'FOO_BAR', databaseName: 'foo_bar', defaultPort: ${NEXT_PORT}, folder: 'foo-bar' },`);
    expect(defaults.out).toContain('create subgraphs/foo-bar/resolvers/worker.ts (10 lines): Worker.fooBarMemberships');
    const overridden = run('--name', 'foo-bar', '--ministry', 'FOO', '--port', '4100', '--database', 'mitra', '--label', 'Badan Mitra', '--dry-run');
    expect(overridden.out[0]).toBe('Dry run, nothing written. The subgraph foo-bar of FOO (Badan Mitra): port 4100, database mitra, environment prefix FOO_BAR would take:');
    expect(overridden.out).toContain('    +  "Badan Mitra: migrant workers\' memberships (the foo-bar subgraph)."');
  });
});

describe('npm run subgraph:new -- --name probe-partner --ministry PROBE_PARTNER', () => {
  it('writes what the dry run listed, and the schemas compose with it without errors or hints', () => {
    const listed = run(...PROBE, '--dry-run').out;
    const { code, out } = run(...PROBE);
    expect(code).toBe(0);
    expect(out.filter((line) => line.startsWith('  created ')).map((line) => line.slice('  created '.length))).toEqual(created('probe-partner'));
    expect(out.filter((line) => line.startsWith('  changed ')).map((line) => line.slice('  changed '.length))).toEqual(listed.filter((line) => line.startsWith('change ')).map((line) => line.split(' ')[1]!.replace(/:$/, '')));
    for (const file of created('probe-partner')) expect(existsSync(path.join(scratch, file))).toBe(true);
    expect(read('subgraphs/catalog.ts')).toContain(`{ name: 'probe-partner', ministry: 'PROBE_PARTNER', envPrefix: 'PROBE_PARTNER', databaseName: 'probe_partner', defaultPort: ${NEXT_PORT}, folder: 'probe-partner' },\n];`);
    expect(read('lib/identity.ts')).toContain(`, 'PROBE_PARTNER'] as const;`);

    const services = [...SUBGRAPHS.map((entry) => ({ name: entry.name, folder: entry.folder, url: defaultRoutingUrl(entry) })), { name: 'probe-partner', folder: 'probe-partner', url: `http://localhost:${NEXT_PORT}/graphql` }];
    const result = composeServices(services.map(({ name, folder, url }) => ({ name, url, typeDefs: parse(read(`subgraphs/${folder}/schema.graphql`)) })));
    expect([result.errors ?? [], (result.hints ?? []).map((hint) => hint.message)]).toEqual([[], []]);
    expect(result.supergraphSdl).toContain('probePartnerMemberships: [ProbePartnerMembership!] @join__field(graph: PROBE_PARTNER)');
  });

  it('writes a schema that passes the SDL lint', async () => {
    run(...PROBE);
    // The config handed over rather than loaded from disk, as in the lint's own test (Jest lacks import()).
    const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require('../../eslint.config.js') as Linter.Config[] });
    const [result] = await eslint.lintText(read('subgraphs/probe-partner/schema.graphql'), { filePath: path.join(ROOT, 'subgraphs', 'probe-partner', 'schema.graphql') });
    expect(result!.messages.map((m) => `${m.line} ${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});

describe('refusals: exit code 2, a message naming the problem, nothing written', () => {
  it.each([
    ['a name that is not lower-case kebab', ['--name', 'Probe', '--ministry', 'PROBE_PARTNER'], '--name must be lower-case kebab'],
    ['a name with an underscore', ['--name', 'probe_partner', '--ministry', 'PROBE_PARTNER'], '--name must be lower-case kebab'],
    ['a name starting with a digit', ['--name', '9lives', '--ministry', 'PROBE_PARTNER'], '--name must be lower-case kebab'],
    ['a reserved word', ['--name', 'new', '--ministry', 'PROBE_PARTNER'], '--name "new" is a reserved word of TypeScript'],
    ['a name in the catalog', ['--name', 'esdm', '--ministry', 'PROBE_PARTNER'], '--name "esdm" is taken: the catalog already has the subgraph esdm'],
    ['a code that is not UPPER_SNAKE', ['--name', 'probe-partner', '--ministry', 'Probe'], '--ministry must be an UPPER_SNAKE code'],
    ['a code with a hyphen', ['--name', 'probe-partner', '--ministry', 'PROBE-PARTNER'], '--ministry must be an UPPER_SNAKE code'],
    ['a ministry already in MINISTRIES', ['--name', 'probe-partner', '--ministry', 'ESDM'], '--ministry ESDM is taken: it is already one of KP2MI, ESDM, PERINDUSTRIAN, KOPERASI_UKM'],
    ['a port in the catalog', [...PROBE, '--port', '4002'], '--port 4002 is taken: it is the port of the subgraph esdm in the catalog'],
    ["the gateway's port", [...PROBE, '--port', '4000'], "--port 4000 is taken: it is the gateway's"],
    ['a port that is not one', [...PROBE, '--port', '40x5'], '--port must be a whole number from 1024 to 65535; got "40x5"'],
    ['a privileged port', [...PROBE, '--port', '80'], '--port must be a whole number from 1024 to 65535; got "80"'],
    ['a database in the catalog', [...PROBE, '--database', 'koperasi_ukm'], '--database koperasi_ukm is taken: the subgraph koperasi-ukm keeps its data there'],
    ['a malformed database name', [...PROBE, '--database', 'Probe-Db'], '--database must be lower-case letters, digits and underscores'],
    ['a label with quotes', [...PROBE, '--label', 'Probe "Partner"'], '--label must be one line of plain text'],
    ['no name', ['--ministry', 'PROBE_PARTNER'], '--name is required'],
    ['no ministry', ['--name', 'probe-partner'], '--ministry is required'],
    ['an unknown option', [...PROBE, '--nmae', 'x'], "Unknown option '--nmae'"],
  ])('%s', (_case, args, message) => {
    const before = snapshot();
    for (const dryRun of [[], ['--dry-run']]) {
      const { code, out, err } = run(...args, ...dryRun);
      expect({ code, out, err: err[0] }).toEqual({ code: 2, out: [], err: expect.stringContaining(message) });
      expect(err[0]).toMatch(/^subgraph:new: .*\. Nothing was written\.$/);
      expect(err[1]).toMatch(/^Usage: npm run subgraph:new -- --name <name> --ministry <CODE>/);
    }
    expect(snapshot()).toEqual(before);
  });

  it('a name whose folder exists', () => {
    mkdirSync(path.join(scratch, 'subgraphs', 'probe-partner'));
    const before = snapshot();
    const { code, err } = run(...PROBE);
    expect([code, err[0]]).toEqual([2, 'subgraph:new: --name "probe-partner" is taken: subgraphs/probe-partner already exists. Nothing was written.']);
    expect(snapshot()).toEqual(before);
  });

  it('a name with a file it would write already there', () => {
    mkdirSync(path.join(scratch, 'scripts', 'seed'), { recursive: true });
    writeFileSync(path.join(scratch, 'scripts', 'seed', 'probe-partner.ts'), '// taken\n');
    const before = snapshot();
    const { code, err } = run(...PROBE);
    expect([code, err[0]]).toEqual([2, 'subgraph:new: --name "probe-partner" is taken: scripts/seed/probe-partner.ts already exists. Nothing was written.']);
    expect(snapshot()).toEqual(before);
  });

  it('a file it edits no longer in the shape it knows: exit code 1, nothing written', () => {
    writeFileSync(path.join(scratch, 'scripts', 'seed', 'seed.ts'), read('scripts/seed/seed.ts').replace('const SEEDERS', 'const ALL_SEEDERS'));
    const before = snapshot();
    const { code, err } = run(...PROBE);
    expect([code, err]).toEqual([1, ['subgraph:new: scripts/seed/seed.ts: cannot find "const SEEDERS"; the file\'s shape changed since the scaffold was written, so add the lines by hand. Nothing was written.']]);
    expect(snapshot()).toEqual(before);
  });

  it('exits 2 from the command line too', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/subgraph-new.ts', '--name', 'Bad', '--ministry', 'PROBE_PARTNER'], { cwd: ROOT, encoding: 'utf8' });
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toContain('subgraph:new: --name must be lower-case kebab');
  });
});

it('--help prints the options and writes nothing', () => {
  const before = snapshot();
  const { code, out, err } = run('--help');
  expect([code, err]).toEqual([0, []]);
  expect(out.join('\n')).toMatch(/^Usage: npm run subgraph:new -- --name <name> --ministry <CODE>.*\n {2}--name {6}the subgraph's name, lower-case kebab/);
  expect(snapshot()).toEqual(before);
});
