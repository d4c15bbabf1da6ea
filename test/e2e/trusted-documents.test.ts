import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Connection } from 'mongoose';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '../../gateway/config';
import { documentHash, readTrustedDocuments, type TrustedDocument } from '../../gateway/trusted-documents/manifest';
import { registeredSource } from '../../lib/operation-registry';
import { ROOT } from '../../scripts/lib/root';
import { waitFor } from '../../scripts/lib/wait';
import { headersFor } from './support/callers';
import { openDatabase, postGraphQL } from './support/clients';
import { commandsDuring } from './support/db-commands';
import { readLogLines, startGatewayProcess, type GatewayProcess } from './support/gateway-process';
import { stackInfo } from './support/stack-info';

const REQUEST_ID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

const manifestPath = path.join(ROOT, DEFAULT_TRUSTED_DOCUMENTS_PATH);
const manifest = readTrustedDocuments({ mode: 'log', documentsPath: manifestPath, operationsPath: path.join(path.dirname(manifestPath), 'operations.json') });
/** A registered operation as the manifest holds it. */
function registered(operation: string): TrustedDocument {
  return [...manifest.values()].find((document) => document.operation === operation)!;
}
const hashOf = (document: TrustedDocument) => document.id.slice('sha256:'.length);

/** A GET request as a browser's client sends it (the preflight header satisfies Apollo Server's CSRF check). */
async function get(url: string, params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const search = new URLSearchParams(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
  const response = await fetch(`${url}?${search}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  return { status: response.status, body: await response.json() };
}

/** A refusal as the caller receives it. */
const refusal = (status: number, code: string, message: string, extensions: Record<string, unknown> = {}) => ({ status, body: { errors: [{ message, extensions: { code, ...extensions, requestId: REQUEST_ID } }] } });
const required = (text: string) =>
  refusal(403, 'TRUSTED_DOCUMENT_REQUIRED', `The document sent (sha256:${documentHash(text)}) is not registered: this caller may run registered documents only. Send a registered document or its documentId; analysts and admins may send any document`, {
    documentId: `sha256:${documentHash(text)}`,
  });
const notFound = (id: string) =>
  refusal(400, 'PERSISTED_QUERY_NOT_FOUND', `No registered document has the id ${id}; registered documents are listed in the generated persisted-documents.json (ids are sha256: and the sha256 of the document's text)`, { documentId: id });

// Public and answered from the database, so a kept answer shows as no database command.
const PUBLIC_AD_HOC = 'query($id: ID!) { business(id: $id) { id name province { name } } esdmTrainingCenters { code name } }';
let koperasi: Connection;
let businessId: string;
beforeAll(async () => {
  koperasi = await openDatabase('koperasi_ukm');
  businessId = (await koperasi.db!.collection('businesses').findOne({}, { sort: { _id: 1 } }))!._id.toHexString();
});
afterAll(async () => {
  await koperasi.close();
});

describe('documents by id (the stack runs TRUSTED_DOCUMENTS=log)', () => {
  const gateway = () => stackInfo().gatewayUrl;
  const openPositions = registered('OpenPositions');
  const workerSearch = registered('WorkerSearch');

  it('answers a registered operation by id exactly as the same document sent in full, in every shape and over GET', async () => {
    const variables = { sector: 'ENERGY' };
    const full = await postGraphQL(gateway(), { query: openPositions.text, variables });
    expect(full.status).toBe(200);
    expect(full.body.data.jobOpenings.edges.length).toBeGreaterThan(0);
    expect(await postGraphQL(gateway(), { documentId: openPositions.id, variables, operationName: 'OpenPositions' })).toEqual(full);
    expect(await postGraphQL(gateway(), { documentId: hashOf(openPositions), variables })).toEqual(full);
    expect(await postGraphQL(gateway(), { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(openPositions) } } })).toEqual(full);
    expect(await postGraphQL(gateway(), { query: registeredSource('OpenPositions'), variables })).toEqual(full);
    expect(await get(gateway(), { documentId: openPositions.id, variables })).toEqual(full);
    expect(await get(gateway(), { extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(openPositions) } }, variables })).toEqual(full);

    // And a caller's own data, which is never kept: computed anew for the id.
    const officer = stackInfo().officerHeaders.KP2MI;
    const search = { filter: { status: 'READY' }, first: 3 };
    const byText = await postGraphQL(gateway(), { query: workerSearch.text, variables: search }, officer);
    expect(byText.body.data.workers.edges).toHaveLength(3);
    expect(await postGraphQL(gateway(), { documentId: workerSearch.id, variables: search }, officer)).toEqual(byText);
  });

  it('refuses an unknown id with the id, and calls no subgraph', async () => {
    const unknown = `sha256:${documentHash('{ countries { code name activeWorkers } }')}`;
    let answers: unknown[] = [];
    const commands = await commandsDuring(async () => {
      answers = [
        await postGraphQL(gateway(), { documentId: unknown }),
        await postGraphQL(gateway(), { extensions: { persistedQuery: { version: 1, sha256Hash: unknown.slice(7) } } }, stackInfo().defaultHeaders),
        await get(gateway(), { documentId: 'OpenPositions' }),
      ];
    });
    expect(answers).toEqual([notFound(unknown), notFound(unknown.slice(7)), notFound('OpenPositions')]);
    expect(commands).toEqual({});
  });

  it('keeps no document a caller sends with its hash: registering is building the manifest', async () => {
    const query = '{ kurBanks { code } }';
    const sha256Hash = documentHash(query);
    const register = await postGraphQL(gateway(), { query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(register).toEqual({ status: 200, body: { data: { kurBanks: expect.any(Array) } } });
    expect(await postGraphQL(gateway(), { extensions: { persistedQuery: { version: 1, sha256Hash } } })).toEqual(notFound(sha256Hash));
    expect(await postGraphQL(gateway(), { documentId: `sha256:${sha256Hash}` })).toEqual(notFound(`sha256:${sha256Hash}`));
  });

  it("answers unregistered documents, and logs each with its hash and the caller's client", async () => {
    const client = `e2e-log-${Date.now()}`;
    const query = '{ countries { code region } }';
    const answer = await postGraphQL(gateway(), { query }, { 'apollographql-client-name': client, 'apollographql-client-version': '3.1.4' });
    expect(answer).toEqual({ status: 200, body: { data: { countries: expect.any(Array) } } });
    // An operation's errors are logged with the client too.
    const failed = await postGraphQL(gateway(), { query: '{ countries { motto } }' }, { 'apollographql-client-name': client });
    expect(failed.status).toBe(400);
    const logFile = path.join(stackInfo().dir, 'gateway.log');
    await waitFor('both in the log', async () => {
      const lines = readLogLines(logFile).filter((line) => line.client === client);
      expect(lines).toEqual([
        { time: expect.any(String), level: 'info', service: 'gateway', msg: 'unregistered document', requestId: REQUEST_ID, sub: 'anonymous', client, clientVersion: '3.1.4', documentId: `sha256:${documentHash(query)}`, enforce: 'refuses' },
        { time: expect.any(String), level: 'info', service: 'gateway', msg: 'unregistered document', requestId: REQUEST_ID, sub: 'anonymous', client, documentId: `sha256:${documentHash('{ countries { motto } }')}`, enforce: 'refuses' },
        expect.objectContaining({ level: 'warn', msg: 'operation error', client, code: 'GRAPHQL_VALIDATION_FAILED', requestId: failed.body.errors[0].extensions.requestId }),
      ]);
    }, { timeoutMs: 5000 });
  });
});

describe('TRUSTED_DOCUMENTS=enforce', () => {
  let enforcing: GatewayProcess;
  let perClient: GatewayProcess;
  let analyst: Record<string, string>;
  const officer = () => stackInfo().officerHeaders.KP2MI;
  const destinations = registered('Destinations');

  beforeAll(async () => {
    analyst = await headersFor({ ministry: 'KP2MI', roles: ['analyst'] });
    // Debug: each operation's log line says whether its document was parsed.
    [enforcing, perClient] = await Promise.all([
      startGatewayProcess('enforce', { TRUSTED_DOCUMENTS: 'enforce', LOG_LEVEL: 'debug' }),
      startGatewayProcess('per-client', { TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_PER_CLIENT: 'true' }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([enforcing?.stop(), perClient?.stop()]);
  });

  it("refuses an anonymous caller's and an officer's unregistered document without calling a subgraph, and answers an analyst's", async () => {
    const variables = { id: businessId };
    let answers: unknown[] = [];
    const commands = await commandsDuring(async () => {
      answers = [await postGraphQL(enforcing.url, { query: PUBLIC_AD_HOC, variables }), await postGraphQL(enforcing.url, { query: PUBLIC_AD_HOC, variables }, officer())];
    });
    expect(answers).toEqual([required(PUBLIC_AD_HOC), required(PUBLIC_AD_HOC)]);
    expect(commands).toEqual({});
    expect(await postGraphQL(enforcing.url, { query: PUBLIC_AD_HOC, variables }, analyst)).toEqual({
      status: 200,
      body: { data: { business: { id: businessId, name: expect.any(String), province: { name: expect.any(String) } }, esdmTrainingCenters: expect.any(Array) } },
    });
  });

  it('answers registered documents to anyone, by id or in full', async () => {
    const full = await postGraphQL(enforcing.url, { query: destinations.text });
    expect(full).toEqual({ status: 200, body: { data: { countries: expect.any(Array) } } });
    expect(await postGraphQL(enforcing.url, { documentId: destinations.id })).toEqual(full);
    expect(await postGraphQL(enforcing.url, { documentId: destinations.id }, officer())).toEqual(full);
  });

  it('serves no kept answer to a caller who may not run its document', async () => {
    const body = { query: PUBLIC_AD_HOC, variables: { id: businessId } };
    const first = await postGraphQL(enforcing.url, body, analyst);
    let again: unknown;
    // The analyst's answer is kept: asked again, no query, only the read of the write versions of the two subgraphs it was made from.
    expect(await commandsDuring(async () => (again = await postGraphQL(enforcing.url, body, analyst)))).toEqual({ 'esdm find': 1, 'koperasi-ukm find': 1 });
    expect(again).toEqual(first);
    expect(await postGraphQL(enforcing.url, body)).toEqual(required(PUBLIC_AD_HOC));
    expect(await postGraphQL(enforcing.url, body, officer())).toEqual(required(PUBLIC_AD_HOC));
  });

  it('holds GET and batched requests to the same rule', async () => {
    expect(await get(enforcing.url, { query: '{ countries { code } }' })).toEqual(required('{ countries { code } }'));
    expect(await get(enforcing.url, { documentId: destinations.id })).toEqual(await postGraphQL(enforcing.url, { query: destinations.text }));
    // One unregistered document refuses the whole batch, whatever comes with it.
    expect(await postGraphQL(enforcing.url, [{ documentId: destinations.id }, { query: '{ kurBanks { code } }' }])).toEqual(required('{ kurBanks { code } }'));
    // Registered ones reach Apollo Server, which does not take batches.
    expect(await postGraphQL(enforcing.url, [{ documentId: destinations.id }, { query: destinations.text }])).toEqual({
      status: 400,
      body: { errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }] },
    });
  });

  it('parses and validates a registered document once, whether it comes by id or in full', async () => {
    const client = `e2e-parse-${Date.now()}`;
    const openPositions = registered('OpenPositions');
    // Different variables each time: no answer is kept, so each request reaches Apollo Server.
    const asked = ['ENERGY', 'MINING', 'CONSTRUCTION', 'MANUFACTURING', 'HOSPITALITY', 'PLANTATION'].map((sector, n) =>
      n % 2 === 0 ? { documentId: openPositions.id, variables: { sector } } : { query: openPositions.text, variables: { sector } },
    );
    for (const body of asked) expect((await postGraphQL(enforcing.url, body, { 'apollographql-client-name': client })).status).toBe(200);
    await waitFor('the six operations in the log', async () => {
      const operations = enforcing.logLines().filter((line) => line.msg === 'operation' && line.client === client);
      expect(operations.map((line) => [line.operationName, line.parsed])).toEqual([['OpenPositions', true], ...Array.from({ length: 5 }, () => ['OpenPositions', false])]);
    }, { timeoutMs: 5000 });
  });

  describe('with TRUSTED_DOCUMENTS_PER_CLIENT=true', () => {
    const workerSearch = registered('WorkerSearch');
    const variables = { filter: { status: 'READY' }, first: 2 };
    const as = (client?: string) => ({ ...officer(), ...(client ? { 'apollographql-client-name': client } : {}) });

    it("runs a client's own documents and refuses another client's, naming its owner", async () => {
      const own = await postGraphQL(perClient.url, { documentId: workerSearch.id, variables }, as('officer-desk'));
      expect(own.status).toBe(200);
      expect(own.body.data.workers.edges).toHaveLength(2);
      expect(await postGraphQL(perClient.url, { documentId: workerSearch.id, variables }, as('job-portal'))).toEqual(
        refusal(403, 'TRUSTED_DOCUMENT_NOT_ALLOWED', `WorkerSearch (${workerSearch.id}) is registered for the client officer-desk, not job-portal: each client may run only its own registered documents`, {
          documentId: workerSearch.id,
          client: 'officer-desk',
        }),
      );
      expect(await postGraphQL(perClient.url, { documentId: destinations.id }, { 'apollographql-client-name': 'job-portal' })).toEqual({ status: 200, body: { data: { countries: expect.any(Array) } } });
    });

    it('refuses a request that names no client', async () => {
      expect(await postGraphQL(perClient.url, { query: workerSearch.text, variables }, as())).toEqual(
        refusal(403, 'TRUSTED_DOCUMENT_NOT_ALLOWED', `Name your client in the apollographql-client-name header: each client may run only its own registered documents, and WorkerSearch (${workerSearch.id}) is officer-desk's`, {
          documentId: workerSearch.id,
          client: 'officer-desk',
        }),
      );
    });

    it('leaves analysts free to ask anything', async () => {
      expect((await postGraphQL(perClient.url, { documentId: workerSearch.id, variables }, { ...analyst, 'apollographql-client-name': 'job-portal' })).status).toBe(200);
      expect(await postGraphQL(perClient.url, { query: '{ kurBanks { code } }' }, analyst)).toEqual({ status: 200, body: { data: { kurBanks: expect.any(Array) } } });
    });
  });
});

describe('a manifest the gateway cannot use', () => {
  it('stops the start, naming the variable and the file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'satu-manifest-'));
    const malformed = path.join(dir, 'persisted-documents.json');
    writeFileSync(malformed, JSON.stringify({ 'sha256:0000': '{ countries { code } }' }));
    writeFileSync(path.join(dir, 'operations.json'), '{}');
    const missing = path.join(dir, 'nowhere', 'persisted-documents.json');
    const started = await Promise.all([
      startGatewayProcess('malformed-manifest', { TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_PATH: malformed }, { live: false }),
      startGatewayProcess('missing-manifest', { TRUSTED_DOCUMENTS_PATH: missing }, { live: false }),
    ]);
    expect(await Promise.all(started.map((gateway) => gateway.process.exited))).toEqual(['code 1', 'code 1']);
    const reasons = started.map((gateway) => gateway.logLines().find((line) => line.msg === 'failed to start')?.reason);
    expect(reasons).toEqual([
      `TRUSTED_DOCUMENTS_PATH: ${malformed} is not a valid manifest of trusted documents: the key "sha256:0000" is not a document id (sha256: and 64 lowercase hex digits); TRUSTED_DOCUMENTS=enforce needs the registered documents: run "npm run codegen", point the variable at them, or set TRUSTED_DOCUMENTS=off`,
      `TRUSTED_DOCUMENTS_PATH: cannot read ${missing} (ENOENT); TRUSTED_DOCUMENTS=log needs the registered documents: run "npm run codegen", point the variable at them, or set TRUSTED_DOCUMENTS=off`,
    ]);
  }, 30_000);
});
