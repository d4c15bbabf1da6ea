import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRegistry } from '../../lib/operation-registry';
import { formatReport } from '../../scripts/check/report';
import { runCheck, type CheckResult } from '../../scripts/check/run-check';
import { composeSources, readSubgraphSchemas } from '../../scripts/lib/composition';
import { ROOT } from '../../scripts/lib/root';
import { VARIANTS, type Variant } from '../fixtures/check/variants';

/**
 * The subgraph check's verdict for each kind of change, on the real graph and its registry:
 * the baseline is the working tree's composition, the proposal the same with one variant applied.
 */
const registry = readRegistry();
const composed = composeSources(readSubgraphSchemas());
if (!composed.ok) throw new Error('the working tree does not compose');
const baseline = { label: 'the working tree', supergraph: composed.supergraph };
const CLIENTS = [...new Set(registry.map((operation) => operation.client.id))].sort();

function check(variant: Variant): Promise<CheckResult> {
  const subgraphs = readSubgraphSchemas().map((source) => {
    const edits = variant.edits.filter((edit) => edit.subgraph === source.entry.name);
    return edits.reduce((changed, { edit }) => ({ ...changed, sdl: edit(changed.sdl) }), source);
  });
  return runCheck({ baseline, subgraphs, registry });
}

/** The changes that matter to the verdict: description edits aside. */
function judged(result: CheckResult) {
  if (result.stage !== 'diff') throw new Error(`expected a diff, got ${result.stage}`);
  return result.changes.filter((change) => !change.type.includes('DESCRIPTION')).map(({ level, type, path, verdict, operations }) => ({ level, type, path, verdict, operations: operations.map(({ name, client, reason }) => `${name} (${client}): ${reason}`) }));
}

describe('npm run check', () => {
  it('finds no change when nothing changed', async () => {
    const result = await runCheck({ baseline, subgraphs: readSubgraphSchemas(), registry });
    expect(result).toEqual({ ok: true, stage: 'diff', baseline: 'the working tree', clients: CLIENTS, operations: registry.length, changes: [], invalid: [] });
    expect(formatReport(result).at(-1)).toBe('check: passed — 0 changes, none breaks a registered operation');
  });

  it(`passes a change that ${VARIANTS.addNullableField.change}`, async () => {
    const result = await check(VARIANTS.addNullableField);
    expect(result.ok).toBe(true);
    expect(judged(result)).toEqual([{ level: 'NON_BREAKING', type: 'FIELD_ADDED', path: 'Worker.nickname', verdict: 'safe', operations: [] }]);
  });

  it(`fails a change that ${VARIANTS.removeSelectedField.change}, naming the operations, their client and owner`, async () => {
    const result = await check(VARIANTS.removeSelectedField);
    expect(result.ok).toBe(false);
    expect(judged(result)).toEqual([
      {
        level: 'BREAKING',
        type: 'FIELD_REMOVED',
        path: 'Country.region',
        verdict: 'fails',
        operations: ['Directory (benchmark): selects Country.region', 'ProductCard (benchmark): selects Country.region', 'Destinations (job-portal): selects Country.region', 'PositionDetail (job-portal): selects Country.region'],
      },
    ]);
    const report = formatReport(result);
    expect(report).toContain("BREAKING     Country.region: Field 'region' was removed from object type 'Country' — FAILS: breaks 4 registered operations:");
    expect(report).toContain('      Destinations (job-portal, owner: KP2MI, Direktorat Penempatan (job portal team); job-portal/destinations.graphql): selects Country.region');
    expect(report.at(-1)).toBe('check: FAILED — 1 change breaks 4 registered operations');
  });

  it(`passes, as safe by usage, a change that ${VARIANTS.removeUnusedField.change}, naming the clients checked`, async () => {
    const result = await check(VARIANTS.removeUnusedField);
    expect(result.ok).toBe(true);
    expect(judged(result)).toEqual([{ level: 'BREAKING', type: 'FIELD_REMOVED', path: 'AuditEntry.requestId', verdict: 'safe by usage', operations: [] }]);
    expect(formatReport(result)).toContain(`BREAKING     AuditEntry.requestId: Field 'requestId' was removed from object type 'AuditEntry' — safe by usage: no registered operation of ${CLIENTS.join(', ')} touches it`);
  });

  it(`passes a breaking change that every touched client's owner has accepted, and fails it for those who have not`, async () => {
    const message = "Field 'Country.region' changed type from 'String!' to 'String'";
    const loosen = { change: 'makes Country.region nullable', edits: [{ subgraph: 'kp2mi' as const, edit: (sdl: string) => sdl.replace(/(type Country [^]*?\n  region: String)!/, '$1') }] };
    const accepting = (clients: string[]) => registry.map((operation) => (clients.includes(operation.client.id) ? { ...operation, client: { ...operation.client, accepts: [{ change: message, why: `${operation.client.id} shows a missing region as "—"` }] } } : operation));
    const run = (operations: typeof registry) => {
      const subgraphs = readSubgraphSchemas().map((source) => (source.entry.name === 'kp2mi' ? { ...source, sdl: loosen.edits[0]!.edit(source.sdl) } : source));
      return runCheck({ baseline, subgraphs, registry: operations });
    };
    const all = await run(accepting(['benchmark', 'job-portal']));
    expect(all.ok).toBe(true);
    expect(judged(all)).toEqual([{ level: 'BREAKING', type: 'FIELD_TYPE_CHANGED', path: 'Country.region', verdict: 'accepted', operations: ['Directory (benchmark): selects Country.region', 'ProductCard (benchmark): selects Country.region', 'Destinations (job-portal): selects Country.region', 'PositionDetail (job-portal): selects Country.region'] }]);
    expect(formatReport(all)).toContain('      Destinations (job-portal, owner: KP2MI, Direktorat Penempatan (job portal team); job-portal/destinations.graphql): selects Country.region — accepted: job-portal shows a missing region as "—"');
    const some = await run(accepting(['benchmark']));
    expect(some.ok).toBe(false);
    expect(judged(some)).toEqual([{ level: 'BREAKING', type: 'FIELD_TYPE_CHANGED', path: 'Country.region', verdict: 'fails', operations: ['Destinations (job-portal): selects Country.region', 'PositionDetail (job-portal): selects Country.region'] }]);
  });

  it(`fails a change that ${VARIANTS.changeArgumentType.change}`, async () => {
    const result = await check(VARIANTS.changeArgumentType);
    expect(result.ok).toBe(false);
    expect(judged(result)).toEqual([{ level: 'BREAKING', type: 'FIELD_ARGUMENT_TYPE_CHANGED', path: 'Query.country.code', verdict: 'fails', operations: ['Directory (benchmark): passes Query.country.code', 'CountryMarket (contract): passes Query.country.code'] }]);
  });

  it(`fails a change that ${VARIANTS.requireNullableArgument.change}: operations that pass it from a nullable variable or not at all, not those passing a literal`, async () => {
    const result = await check(VARIANTS.requireNullableArgument);
    expect(result.ok).toBe(false);
    expect(judged(result)).toEqual([{ level: 'BREAKING', type: 'FIELD_ARGUMENT_TYPE_CHANGED', path: 'Query.workers.filter', verdict: 'fails', operations: ['WorkerSearch (officer-desk): passes Query.workers.filter'] }]);
  });

  it(`fails a change that ${VARIANTS.removeEnumValue.change}: operations that write it, or may send it in their variables`, async () => {
    const result = await check(VARIANTS.removeEnumValue);
    expect(result.ok).toBe(false);
    expect(judged(result)).toEqual([
      {
        level: 'BREAKING',
        type: 'ENUM_VALUE_REMOVED',
        path: 'WorkerStatus.DEPLOYED',
        verdict: 'fails',
        operations: [
          'DashboardWorkersByProvince (analyst-dashboard): may send WorkerStatus values in its variables',
          'WorkersByDimension (analyst-questions): may send WorkerStatus values in its variables',
          'WorkersPage (benchmark): may send WorkerStatus values in its variables',
          'AnalystStatistics (contract): writes WorkerStatus.DEPLOYED',
          'UpdateWorkerStatus (officer-desk): may send WorkerStatus values in its variables',
          'WorkerSearch (officer-desk): may send WorkerStatus values in its variables',
        ],
      },
    ]);
  });

  it(`fails a change that ${VARIANTS.requireScopes.change} for the operations that select it (inspector alone sees no change)`, async () => {
    const result = await check(VARIANTS.requireScopes);
    expect(result.ok).toBe(false);
    expect(judged(result)).toEqual([
      {
        level: 'BREAKING',
        type: 'ACCESS_TIGHTENED',
        path: 'Country.activeWorkers',
        verdict: 'fails',
        operations: ['CountryMarket (contract): selects Country.activeWorkers', 'Destinations (job-portal): selects Country.activeWorkers', 'PositionDetail (job-portal): selects Country.activeWorkers'],
      },
    ]);
    expect(formatReport(result)).toContain('BREAKING     Country.activeWorkers: Country.activeWorkers now requires @requiresScopes(scopes: [["stats:read"]]) — FAILS: breaks 3 registered operations:');
  });

  it(`fails a change that ${VARIANTS.compositionError.change} with composition's message`, async () => {
    const result = await check(VARIANTS.compositionError);
    expect(result).toMatchObject({ ok: false, stage: 'composition' });
    if (result.stage !== 'composition') return;
    expect(result.errors).toEqual([expect.objectContaining({ code: 'EXTERNAL_TYPE_MISMATCH', message: expect.stringContaining('JobOpening.sector') })]);
    expect(formatReport(result)).toEqual([expect.stringMatching(/^check: against the working tree/), 'The subgraphs do not compose:', expect.stringContaining('[EXTERNAL_TYPE_MISMATCH]'), 'check: FAILED (composition)']);
  });
});

describe('npm run check, the command', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'check-'));
  const baseFile = path.join(dir, 'baseline.graphql');
  writeFileSync(baseFile, composed.ok ? composed.supergraph : '');

  it('exits 1 on a proposal that breaks a registered operation, and tells it in JSON with --json', () => {
    const proposal = path.join(dir, 'kp2mi.graphql');
    const kp2mi = readSubgraphSchemas().find((source) => source.entry.name === 'kp2mi')!;
    writeFileSync(proposal, VARIANTS.removeSelectedField.edits[0]!.edit(kp2mi.sdl));
    const result = run(['--base-file', baseFile, '--subgraph', `kp2mi=${proposal}`, '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as CheckResult;
    expect(report).toMatchObject({ ok: false, stage: 'diff', changes: [expect.objectContaining({ path: 'Country.region', verdict: 'fails' })] });
  });

  it('exits 0 with one verdict line when nothing changed against the baseline', () => {
    const result = run(['--base-file', baseFile]);
    expect({ status: result.status, last: result.stdout.trim().split('\n').at(-1) }).toEqual({ status: 0, last: 'check: passed — 0 changes, none breaks a registered operation' });
  });

  it.each([
    [['--base', 'main', '--base-file', baseFile], 'check: give --base or --base-file, not both'],
    [['--subgraph', 'nosuch=x.graphql'], 'check: --subgraph takes NAME=FILE with NAME one of'],
    [['--base-file', path.join(dir, 'missing.graphql')], 'check: cannot read the baseline'],
    [['--base', 'no-such-ref'], 'check: cannot read schema/supergraph.graphql at no-such-ref'],
  ])('exits 2 with a message for %j', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
