import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parquetReadObjects } from 'hyparquet';
import { Types, type Connection } from 'mongoose';
import { waitFor } from '../../scripts/lib/wait';
import { DEMO_PURPOSE } from '../../scripts/lib/demo-purposes';
import { encodeNik } from '../../subgraphs/kp2mi/nik';
import { headersFor } from './support/callers';
import { openDatabase, postGraphQL } from './support/clients';
import { commandsDuring } from './support/db-commands';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';

// Names a spreadsheet must show as they are: diacritics, quotes and commas, and the four
// characters that start a formula.
const NAMES = ['Ni Luh Putu Ayu Déwi Suwéndé', 'Ahmad Fauzi "Ujang", S.Kom', '=HYPERLINK("http://example.test","klik")', '+62 Siti Aminah', '-Yusuf Ñoman', '@Komang Ayu'];

const WORKERS = `query ExportWorkers($status: WorkerStatus) {
  workers(filter: { status: $status }, first: 100) {
    edges { node { id fullName status province { code name } languages registeredAt } }
  }
}`;

const WORKERS_BY_HAND = `query ExportWorkers($status: WorkerStatus, $after: String) {
  workers(filter: { status: $status }, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id fullName status province { code name } languages registeredAt } }
  }
}`;

interface WorkerNode {
  id: string;
  fullName: string | null;
  status: string;
  province: { code: string; name: string };
  languages: string[];
  registeredAt: string;
}

/** A KP2MI officer under a registered purpose that allows Worker.nik, with a note for the audit trail. */
const officer = () => headersFor({ ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', purposeCode: DEMO_PURPOSE.KP2MI, purpose: 'Penempatan: laporan bulanan' });
const analyst = () => headersFor({ ministry: 'ESDM', roles: ['analyst'] });

let gateway: GatewayProcess;
let exportUrl: string;
let kp2mi: Connection;
const registered: string[] = [];
const niks: string[] = [];

beforeAll(async () => {
  gateway = await startGatewayProcess('export', {});
  exportUrl = gateway.url.replace(/\/graphql$/, '/export');
  kp2mi = await openDatabase('kp2mi');
  const headers = await officer();
  for (const [index, fullName] of NAMES.entries()) {
    const nik = encodeNik({ provinceCode: '35', regencyCode: '07', districtCode: '32', birthDate: new Date('1995-05-17T00:00:00Z'), sex: 'MALE', serial: 100 + index });
    const { body } = await postGraphQL(gateway.url, { query: 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }', variables: { input: { nik, fullName, sex: 'MALE', birthDate: '1995-05-17', languages: ['id', 'en'] } } }, headers);
    registered.push(body.data.registerWorker.id);
    niks.push(nik);
  }
}, 60_000);

afterAll(async () => {
  await kp2mi.collection('workers').deleteMany({ _id: { $in: registered.map((id) => new Types.ObjectId(id)) } });
  await markWritten(kp2mi.db!, 'workers');
  await kp2mi.close();
  await gateway.stop();
});

/** Every node of a connection, paged by hand through /graphql as a client would (`paged` takes `$after`). */
async function pagesByHand<T>(paged: string, variables: Record<string, unknown>, headers: Record<string, string>, connection: string): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const { status, body } = await postGraphQL(gateway.url, { query: paged, variables: { ...variables, after } }, headers);
    expect(status).toBe(200);
    const page = body.data[connection] as { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: T }[] };
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

/** The gateway's log line of an export that stopped, once written (the client may see the end first). */
async function stopLine(process: GatewayProcess, exportId: string | null): Promise<Record<string, unknown>> {
  let line: Record<string, unknown> | undefined;
  await waitFor(`the log line of export ${exportId}`, async () => {
    line = process.logLines().find((candidate) => candidate.msg === 'export stopped' && candidate.exportId === exportId);
    if (!line) throw new Error('not logged yet');
  }, { timeoutMs: 5000 });
  return line!;
}

async function exportOf(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(exportUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** A worker as an export row: nested fields as dotted columns, the list joined. */
const flatWorker = (worker: WorkerNode) => ({
  id: worker.id,
  fullName: worker.fullName,
  status: worker.status,
  'province.code': worker.province.code,
  'province.name': worker.province.name,
  languages: worker.languages.length ? worker.languages.join('; ') : null,
  registeredAt: worker.registeredAt,
});

/** What a spreadsheet cell holds: text as it is, a formula start neutralised with an apostrophe. */
const cell = (value: unknown) => (value === null ? '' : /^[=+\-@]/.test(String(value)) ? `'${String(value)}` : String(value));

describe('POST /export of a connection', () => {
  it('CSV: a BOM, a header row, and every row of the concatenated pages, names and formulas intact', async () => {
    const headers = await officer();
    const expected = (await pagesByHand<WorkerNode>(WORKERS_BY_HAND, {}, headers, 'workers')).map(flatWorker);
    const response = await exportOf({ query: WORKERS, format: 'csv' }, headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ExportWorkers-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('x-export-rows-expected')).toBe(String(expected.length));
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFid,fullName,status,province.code,province.name,languages,registeredAt');
    const rows = parseCsv(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(rows).toEqual(expected.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, cell(value)]))));
    expect(expected.length).toBeGreaterThan(600);
    for (const name of NAMES) expect(rows.filter((row) => row.fullName === cell(name))).toHaveLength(1);
    expect(rows.find((row) => row.fullName?.startsWith("'=HYPERLINK"))?.fullName).toBe(`'${NAMES[2]}`);
  });

  it('NDJSON: one JSON object per row, with the values and types of the graph', async () => {
    const headers = await officer();
    const expected = (await pagesByHand<WorkerNode>(WORKERS_BY_HAND, { status: 'CANDIDATE' }, headers, 'workers')).map(flatWorker);
    const response = await exportOf({ query: WORKERS, variables: { status: 'CANDIDATE' }, format: 'ndjson' }, headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = (await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual(expected);
    expect(lines.length).toBeGreaterThan(NAMES.length);
  });

  it('Parquet: the same rows, typed columns, read back with a Parquet reader', async () => {
    const headers = await officer();
    const query = 'query CountryPlacements { placements(filter: { countryCode: "TW" }) { edges { node { id jobTitle startDate country { code } worker { id } } } } }';
    const byHand = 'query CountryPlacements($after: String) { placements(filter: { countryCode: "TW" }, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id jobTitle startDate country { code } worker { id } } } } }';
    const expected = await pagesByHand<{ id: string; jobTitle: string; startDate: string; country: { code: string }; worker: { id: string } }>(byHand, {}, headers, 'placements');
    const response = await exportOf({ query, format: 'parquet' }, headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    const file = await response.arrayBuffer();
    const rows = await parquetReadObjects({ file });
    expect(rows).toEqual(expected.map((placement) => ({ id: placement.id, jobTitle: placement.jobTitle, startDate: placement.startDate, 'country.code': placement.country.code, 'worker.id': placement.worker.id })));
    expect(rows.length).toBeGreaterThan(100);
  });

  it('unwinds a list inside a row into one row per item when asked', async () => {
    const headers = await officer();
    const query = 'query Languages($status: WorkerStatus) { workers(filter: { status: $status }) { edges { node { id languages } } } }';
    const byHand = 'query Languages($status: WorkerStatus, $after: String) { workers(filter: { status: $status }, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id languages } } } }';
    const nodes = await pagesByHand<{ id: string; languages: string[] }>(byHand, { status: 'VERIFIED' }, headers, 'workers');
    const response = await exportOf({ query, variables: { status: 'VERIFIED' }, format: 'ndjson', lists: 'unwind' }, headers);
    const lines = (await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown);
    const unwound = nodes.flatMap((node): { id: string; languages: string | null }[] => (node.languages.length ? node.languages.map((language) => ({ id: node.id, languages: language })) : [{ id: node.id, languages: null }]));
    expect(lines).toEqual(unwound);
  });

  it('exports a registered operation by its id, paged through its own $after', async () => {
    const headers = { ...(await officer()), 'apollographql-client-name': 'officer-desk' };
    const manifest = require('../../clients/typescript/src/generated/persisted-documents.json') as Record<string, string>;
    const [documentId, text] = Object.entries(manifest).find(([, document]) => document.includes('query WorkerSearch('))!;
    const response = await exportOf({ documentId, variables: { filter: { status: 'READY' } }, format: 'ndjson' }, headers);
    expect(response.status).toBe(200);
    const lines = (await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const { body } = await postGraphQL(gateway.url, { query: text, variables: { filter: { status: 'READY' }, first: 100 } }, headers);
    expect(lines.map((line) => line.id)).toEqual(body.data.workers.edges.map((edge: { node: { id: string } }) => edge.node.id));
    expect(lines).toHaveLength(body.data.workers.totalCount);
    // The columns of the registered document, in its (normalised) order.
    expect(Object.keys(lines[0]!)).toEqual(['currentPlacement.country.name', 'currentPlacement.status', 'education', 'fullName', 'id', 'province.code', 'province.name', 'registeredAt', 'sex', 'status']);
  });
});

describe('database round trips of an export', () => {
  it('are one find per page, with the count (an aggregate, or a version lookup when kept) asked once, whatever the number of pages', async () => {
    const headers = await officer();
    const query = 'query ByProvince($status: WorkerStatus) { workers(filter: { status: $status }) { edges { node { id province { name } } } } }';
    let rows = 0;
    // Once before, so the gateway knows the answers of these pages are not public: a page it has not
    // seen yet reads the subgraph's write versions first, in case its answer may be kept.
    expect((await exportOf({ query, format: 'ndjson' }, headers)).status).toBe(200);
    const sent = await commandsDuring(async () => {
      const response = await exportOf({ query, format: 'ndjson' }, headers);
      rows = (await response.text()).split('\n').filter(Boolean).length;
    });
    const pages = Math.ceil(rows / 100);
    expect(pages).toBeGreaterThan(5);
    // One find per page, and one lookup of the collection's write version for the count, which is
    // counted (one aggregate) unless an earlier question kept it at the same version.
    expect(sent['kp2mi find']).toBe(pages + 1);
    expect(Object.keys(sent).filter((command) => command !== 'kp2mi find' && command !== 'kp2mi aggregate')).toEqual([]);
    expect(sent['kp2mi aggregate'] ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('an export keeps every protection of the graph', () => {
  it("an analyst's export hides worker names exactly as the graph does", async () => {
    const headers = await analyst();
    const { body } = await postGraphQL(gateway.url, { query: WORKERS.replace('first: 100', 'first: 3') }, headers);
    expect(body.data.workers.edges.map((edge: { node: WorkerNode }) => edge.node.fullName)).toEqual([null, null, null]);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    const response = await exportOf({ query: WORKERS, format: 'ndjson' }, headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-export-hidden-columns')).toBe('fullName');
    const lines = (await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.length).toBe(Number(response.headers.get('x-export-rows-expected')));
    expect(lines.every((line) => line.fullName === null && typeof line.id === 'string')).toBe(true);
  });

  it('a statistics export keeps small-cell suppression, bucket for bucket', async () => {
    const query = 'query Stats { workerStats(by: PROVINCE, filter: { status: DEPLOYED }) { key label count } }';
    const anonymous = (await postGraphQL(gateway.url, { query })).body.data.workerStats as { key: string; label: string; count: number }[];
    const exact = (await postGraphQL(gateway.url, { query }, await officer())).body.data.workerStats as { key: string }[];
    expect(anonymous.some((bucket) => bucket.key === 'OTHER' || bucket.key === 'SUPPRESSED')).toBe(true);
    expect(exact.length).toBeGreaterThan(anonymous.length);
    const response = await exportOf({ query, format: 'csv' });
    expect(response.status).toBe(200);
    const rows = parseCsv(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual(anonymous.map((bucket) => ({ key: bucket.key, label: bucket.label, count: String(bucket.count) })));
  });

  it('refuses an export of personal data without pii:read, and records nothing', async () => {
    const before = await kp2mi.collection('audit_entries').countDocuments({ action: 'EXPORT_PERSONAL_DATA' });
    const headers = await headersFor({ ministry: 'KP2MI', roles: ['officer'], purposeCode: DEMO_PURPOSE.KP2MI, purpose: 'Penempatan' });
    const response = await exportOf({ query: 'query Niks { workers { edges { node { id nik } } } }', format: 'csv' }, headers);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      errors: [{ message: 'This export reads personal data (Worker.nik) that the caller may not read: Personal data needs the pii:read scope', extensions: { code: 'FORBIDDEN', field: 'nik' } }],
    });
    expect(await kp2mi.collection('audit_entries').countDocuments({ action: 'EXPORT_PERSONAL_DATA' })).toBe(before);
  });

  it('refuses an export of personal data without a registered purpose (X-Purpose-Code) with its code, and records nothing', async () => {
    const before = await kp2mi.collection('audit_entries').countDocuments({ action: 'EXPORT_PERSONAL_DATA' });
    const headers = await headersFor({ ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', purpose: 'Penempatan' });
    const response = await exportOf({ query: 'query Niks { workers { edges { node { id nik } } } }', format: 'csv' }, headers);
    // Refused before any row, as the refusal for a missing scope is: the caller may not read Worker.nik.
    expect([response.status, await response.json()]).toEqual([
      403,
      {
        errors: [
          {
            message: 'This export reads personal data (Worker.nik) that the caller may not read: Personal data needs a registered purpose: send its code in the X-Purpose-Code header (the `purposes` query lists yours)',
            extensions: { code: 'PURPOSE_REQUIRED', field: 'nik' },
          },
        ],
      },
    ]);
    expect(await kp2mi.collection('audit_entries').countDocuments({ action: 'EXPORT_PERSONAL_DATA' })).toBe(before);
  });

  it('records an export of personal data once, with its purpose and row count', async () => {
    const headers = await officer();
    // Only this file's own workers: other files look for workers whose trail is still empty.
    const query = `query ReadyNiks { workers(filter: { status: CANDIDATE, provinceCode: "35", registeredFrom: "${new Date().toISOString().slice(0, 10)}" }, first: 2) { edges { node { id nik } } } }`;
    const response = await exportOf({ query, format: 'csv' }, headers);
    expect(response.status).toBe(200);
    const exportId = response.headers.get('x-export-id')!;
    const rows = parseCsv(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(Number(response.headers.get('x-export-rows-expected')));
    expect(rows.every((row) => /^\d{16}$/.test(row.nik!))).toBe(true);
    expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining(registered));
    const entries = await kp2mi.collection('audit_entries').find({ recordId: exportId }).toArray();
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'EXPORT_PERSONAL_DATA',
        operation: 'recordPersonalDataExport',
        operationName: 'ReadyNiks',
        recordType: 'Export (csv)',
        purpose: 'Penempatan: laporan bulanan',
        purposeCode: DEMO_PURPOSE.KP2MI,
        legalBasis: 'PUBLIC_TASK',
        actor: { sub: 'kp2mi-officer', ministry: 'KP2MI', roles: ['officer'] },
        fields: ['Worker.nik'],
        rows: rows.length,
        errorCode: null,
        workerId: null,
      }),
    ]);
    // Each worker read is on that worker's own trail too, as for any read of personal data, under the export's request id.
    const requestId = response.headers.get('x-request-id');
    expect(entries[0]!.requestId).toBe(requestId);
    const reads = await kp2mi.collection('audit_entries').find({ action: 'READ_PERSONAL_DATA', requestId }).toArray();
    expect(reads.map((read) => String(read.workerId)).sort()).toEqual(rows.map((row) => row.id).sort());
    expect(reads.every((read) => read.operationName === 'ReadyNiks' && read.purpose === 'Penempatan: laporan bulanan' && read.purposeCode === DEMO_PURPOSE.KP2MI && read.legalBasis === 'PUBLIC_TASK')).toBe(true);
  });

  it('records an export whose rows are reached through personal data (a worker found by NIK) too', async () => {
    const response = await exportOf({ query: `query ByNik { workerByNik(nik: "${niks[0]}") { placements { id } } }`, format: 'ndjson' }, await officer());
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    const entries = await kp2mi.collection('audit_entries').find({ recordId: response.headers.get('x-export-id') }).toArray();
    expect(entries).toEqual([expect.objectContaining({ action: 'EXPORT_PERSONAL_DATA', fields: ['Query.workerByNik'], rows: 0, operationName: 'ByNik' })]);
  });

  it('refuses anonymous callers where the graph does', async () => {
    const response = await exportOf({ query: WORKERS, format: 'csv' });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('limits and bad requests', () => {
  it('a client that goes away stops the walk', async () => {
    const headers = await officer();
    const response = await exportOf({ query: 'query OneByOne { workers(first: 1) { edges { node { id } } } }', format: 'csv' }, headers);
    const exportId = response.headers.get('x-export-id');
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    const stopped = await stopLine(gateway, exportId);
    expect(stopped).toEqual(expect.objectContaining({ reason: 'CLIENT_GONE' }));
    // Hundreds of one-row pages were left; the walk ended within a few of the client leaving.
    expect(stopped!.pages as number).toBeLessThan(100);
    const later = gateway.logLines().find((line) => line.msg === 'export finished' && line.exportId === exportId);
    expect(later).toBeUndefined();
  });

  it.each([
    [{ query: WORKERS, format: 'xlsx' }, 'format', 'format must be csv, ndjson, parquet; got "xlsx"'],
    [{ query: WORKERS, lists: 'zip' }, 'lists', 'lists must be join (a list\'s values in one cell) or unwind (one row per item); got "zip"'],
    [{ query: WORKERS, limit: 5 }, 'limit', 'Unknown member limit; an export takes query, documentId, operationName, variables, extensions, format, lists, path'],
    [{ query: 'mutation M { updateWorkerStatus(id: "x", status: READY) { id } }' }, 'operationName', 'Only queries are exported; M is a mutation'],
    [{ query: '{ byProvince: businessStats(by: PROVINCE) { key count } bySector: businessStats(by: SECTOR) { key count } }' }, 'path', "The operation's answer has 2 connections or lists (byProvince, bySector): name the one to export in path"],
    [{ query: '{ countries { code } }', path: 'nowhere' }, 'path', 'path "nowhere" is not a connection or list of this operation\'s answer; it has countries'],
  ])('refuses %j with 400 naming %s', async (body, field, message) => {
    const response = await exportOf(body, await officer());
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] });
  });

  it('exports the one list named by path', async () => {
    const response = await exportOf({ query: '{ byProvince: businessStats(by: PROVINCE) { key count } bySector: businessStats(by: SECTOR) { key count } }', path: 'bySector', format: 'ndjson' });
    const { body } = await postGraphQL(gateway.url, { query: '{ businessStats(by: SECTOR) { key count } }' });
    expect((await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown)).toEqual(body.data.businessStats);
  });

  it('answers anything but POST with 405', async () => {
    const response = await fetch(exportUrl);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await response.json()).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('EXPORT_MAX_ROWS', () => {
  let small: GatewayProcess;
  beforeAll(async () => {
    small = await startGatewayProcess('export-small', { EXPORT_MAX_ROWS: '10' });
  });
  afterAll(() => small.stop());

  it('refuses an export whose connection counts more rows, before any row', async () => {
    const response = await fetch(small.url.replace(/\/graphql$/, '/export'), { method: 'POST', headers: { 'content-type': 'application/json', ...(await officer()) }, body: JSON.stringify({ query: WORKERS }) });
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(errors).toEqual([{ message: expect.stringMatching(/^workers has \d+ rows; an export may have at most 10 \(EXPORT_MAX_ROWS\): narrow the filter, or export it in parts$/), extensions: { code: 'EXPORT_TOO_LARGE', rows: expect.any(Number), limit: 10 } }]);
  });

  it('stops an export that passes the limit while it streams (rows unwound), and the client sees it fail', async () => {
    // The six workers registered above: fewer than 10, but 12 rows with their two languages unwound.
    const query = `query Registered { workers(filter: { status: CANDIDATE, provinceCode: "35", registeredFrom: "${new Date().toISOString().slice(0, 10)}" }) { edges { node { id languages } } } }`;
    const { body } = await postGraphQL(small.url, { query }, await officer());
    expect(body.data.workers.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual([...registered].sort());
    const response = await fetch(small.url.replace(/\/graphql$/, '/export'), { method: 'POST', headers: { 'content-type': 'application/json', ...(await officer()) }, body: JSON.stringify({ query, lists: 'unwind' }) });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    const exportId = response.headers.get('x-export-id');
    expect(await stopLine(small, exportId)).toEqual(expect.objectContaining({ reason: 'EXPORT_TOO_LARGE', rows: 11 }));
  });
});


describe('npm run export', () => {
  const ROOT = path.join(__dirname, '..', '..');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'satu-graf-export-cli-'));
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('writes the file the export answers, and says how many rows at what speed', async () => {
    const query = path.join(dir, 'workers.graphql');
    writeFileSync(query, WORKERS);
    const token = (await officer()).authorization!.replace('Bearer ', '');
    const out = path.join(dir, 'workers.csv');
    const result = run(['--query', query, '--variables', '{"status": "CANDIDATE"}', '--format', 'csv', '--out', out, '--url', gateway.url, '--token', token]);
    expect(result.stderr).toMatch(/export: (\d+) rows, \d+ bytes in [\d.]+ s \(\d+ rows\/s\)/);
    expect(result.status).toBe(0);
    const direct = Buffer.from(await (await exportOf({ query: WORKERS, variables: { status: 'CANDIDATE' }, format: 'csv' }, await officer())).arrayBuffer());
    expect(readFileSync(out).equals(direct)).toBe(true);
    const rows = Number(/export: (\d+) rows/.exec(result.stderr)![1]);
    expect(rows).toBe((parseCsv(direct.toString('utf8'), { bom: true, columns: true }) as unknown[]).length);
  });

  it('exits 1 with the gateway\'s message when the export is refused, and writes nothing', () => {
    const query = path.join(dir, 'niks.graphql');
    writeFileSync(query, '{ workers { edges { node { nik } } } }');
    const out = path.join(dir, 'niks.csv');
    const result = run(['--query', query, '--out', out, '--url', gateway.url]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('export: Sign in: this data is only for ministry staff (send a bearer token) (UNAUTHENTICATED)');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with its usage when asked wrongly', () => {
    const result = run(['--out', path.join(dir, 'x.csv')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('export: --query FILE.graphql is required');
    expect(result.stderr).toContain('Usage: npm run export --');
  });
});
