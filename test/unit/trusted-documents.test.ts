import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH, loadGatewayConfig } from '../../gateway/config';
import type { GatewayContext } from '../../gateway/context';
import { documentHash, parseTrustedDocuments, readTrustedDocuments } from '../../gateway/trusted-documents/manifest';
import { trustedDocumentResolver } from '../../gateway/trusted-documents/resolver';
import { ANONYMOUS, type Identity, type Role } from '../../lib/identity';
import type { Logger } from '../../lib/logger';
import { ROOT } from '../../scripts/lib/root';

const DESTINATIONS = 'query Destinations { countries { code name } }';
const WORKER_SEARCH = 'query WorkerSearch { workers(first: 5) { totalCount } }';
const AD_HOC = '{ countries { code } }';
const id = (text: string) => `sha256:${documentHash(text)}`;

const manifestFiles = (documents: Record<string, unknown>, operations: Record<string, unknown>) => [JSON.stringify(documents), JSON.stringify(operations)] as const;
const MANIFEST = manifestFiles(
  { [id(DESTINATIONS)]: DESTINATIONS, [id(WORKER_SEARCH)]: WORKER_SEARCH },
  { [id(DESTINATIONS)]: { operation: 'Destinations', client: 'job-portal', kind: 'query' }, [id(WORKER_SEARCH)]: { operation: 'WorkerSearch', client: 'officer-desk', kind: 'query' } },
);

describe('the manifest of trusted documents', () => {
  it('reads the generated one whole: every document with its operation and client', () => {
    const documentsPath = path.join(ROOT, DEFAULT_TRUSTED_DOCUMENTS_PATH);
    const documents = readTrustedDocuments({ mode: 'log', documentsPath, operationsPath: path.join(path.dirname(documentsPath), 'operations.json') });
    const openPositions = [...documents.values()].find((document) => document.operation === 'OpenPositions')!;
    expect(openPositions).toEqual({ id: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), text: expect.stringMatching(/^query OpenPositions\(/), operation: 'OpenPositions', kind: 'query', client: 'job-portal' });
    expect(documents.get(openPositions.id.slice('sha256:'.length))).toBe(openPositions);
  });

  it('keys documents by the sha256 of their text', () => {
    const documents = parseTrustedDocuments(...MANIFEST);
    expect([...documents.keys()]).toEqual([documentHash(DESTINATIONS), documentHash(WORKER_SEARCH)]);
  });

  it.each([
    ['not JSON', '{', '{}', 'documents', 'not JSON'],
    ['not an object', '[]', '{}', 'documents', 'not a JSON object'],
    ['a key that is no id', JSON.stringify({ Destinations: DESTINATIONS }), '{}', 'documents', 'the key "Destinations" is not a document id (sha256: and 64 lowercase hex digits)'],
    ['a document that is no string', JSON.stringify({ [id(DESTINATIONS)]: 1 }), '{}', 'documents', `${id(DESTINATIONS)}: the document is not a string`],
    ['an id that is not the sha256 of its text', JSON.stringify({ [id(DESTINATIONS)]: `${DESTINATIONS} ` }), '{}', 'documents', `${id(DESTINATIONS)}: the id is not the sha256 of its document (that is ${id(`${DESTINATIONS} `)})`],
    ['a document without its owner', JSON.stringify({ [id(DESTINATIONS)]: DESTINATIONS }), '{}', 'operations', `${id(DESTINATIONS)}: no "operation", "client" and "kind" for this document`],
    ['an owner of a document that is not there', '{}', JSON.stringify({ [id(DESTINATIONS)]: { operation: 'Destinations', client: 'job-portal', kind: 'query' } }), 'operations', `names "${id(DESTINATIONS)}", which the manifest does not hold`],
  ])('refuses %s, naming the file', (_case, documents, operations, file, message) => {
    expect(() => parseTrustedDocuments(documents, operations)).toThrow(expect.objectContaining({ file, message: expect.stringContaining(message) }));
  });

  it('stops the start naming the variable and the path of a missing or malformed file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trusted-documents-'));
    const documentsPath = path.join(dir, 'persisted-documents.json');
    const operationsPath = path.join(dir, 'operations.json');
    const remedy = 'TRUSTED_DOCUMENTS=enforce needs the registered documents: run "npm run codegen", point the variable at them, or set TRUSTED_DOCUMENTS=off';
    expect(() => readTrustedDocuments({ mode: 'enforce', documentsPath, operationsPath })).toThrow(`TRUSTED_DOCUMENTS_PATH: cannot read ${documentsPath} (ENOENT); ${remedy}`);
    writeFileSync(documentsPath, '{}');
    expect(() => readTrustedDocuments({ mode: 'enforce', documentsPath, operationsPath })).toThrow(`TRUSTED_DOCUMENTS_OPERATIONS_PATH: cannot read ${operationsPath} (ENOENT); ${remedy}`);
    writeFileSync(operationsPath, '{}');
    writeFileSync(documentsPath, JSON.stringify({ 'sha256:abc': DESTINATIONS }));
    expect(() => readTrustedDocuments({ mode: 'enforce', documentsPath, operationsPath })).toThrow(
      `TRUSTED_DOCUMENTS_PATH: ${documentsPath} is not a valid manifest of trusted documents: the key "sha256:abc" is not a document id (sha256: and 64 lowercase hex digits); ${remedy}`,
    );
  });
});

describe('the trusted documents settings', () => {
  const base = { AUTH_JWT_SECRET: 'a'.repeat(32), IDENTITY_SECRET: 'an identity secret for the test' };
  const load = (env: Record<string, string>) => loadGatewayConfig([], { ...base, ...env }).trustedDocuments;
  const generated = path.resolve(DEFAULT_TRUSTED_DOCUMENTS_PATH);

  it('log the unregistered by default, enforce in production, and read the generated manifest with the operations index beside it', () => {
    expect(load({})).toEqual({ mode: 'log', documentsPath: generated, operationsPath: path.join(path.dirname(generated), 'operations.json'), perClient: false });
    expect(load({ NODE_ENV: 'production' }).mode).toBe('enforce');
    expect(load({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'off' }).mode).toBe('off');
    expect(load({ TRUSTED_DOCUMENTS: 'Enforce', TRUSTED_DOCUMENTS_PER_CLIENT: 'true', TRUSTED_DOCUMENTS_PATH: 'build/manifest.json' })).toEqual({
      mode: 'enforce',
      documentsPath: path.resolve('build/manifest.json'),
      operationsPath: path.resolve('build/operations.json'),
      perClient: true,
    });
    expect(load({ TRUSTED_DOCUMENTS_OPERATIONS_PATH: 'owners.json' }).operationsPath).toBe(path.resolve('owners.json'));
  });

  it('refuse an unknown mode, and a per-client rule with nothing to compare', () => {
    expect(() => load({ TRUSTED_DOCUMENTS: 'strict' })).toThrow('TRUSTED_DOCUMENTS must be off, log, enforce; got "strict"');
    expect(() => load({ TRUSTED_DOCUMENTS: 'off', TRUSTED_DOCUMENTS_PER_CLIENT: 'true' })).toThrow('TRUSTED_DOCUMENTS_PER_CLIENT=true needs TRUSTED_DOCUMENTS=log or enforce; got off');
    expect(() => load({ TRUSTED_DOCUMENTS_PER_CLIENT: 'sometimes' })).toThrow('TRUSTED_DOCUMENTS_PER_CLIENT must be true or false; got "sometimes"');
  });
});

describe('resolving the operations of a request', () => {
  const documents = parseTrustedDocuments(...MANIFEST);
  const lines: { msg: string; fields: unknown }[] = [];
  const logger = { info: (msg: string, fields?: unknown) => lines.push({ msg, fields }) } as unknown as Logger;
  beforeEach(() => (lines.length = 0));
  const who = (roles: Role[], client: string | null = null): GatewayContext => ({
    requestId: 'req-1',
    identity: roles.length === 0 ? ANONYMOUS : ({ sub: `someone-${roles.join('-')}`, ministry: 'KP2MI', roles, scopes: [], purpose: null } satisfies Identity),
    client: client === null ? null : { name: client, version: '1.2.0' },
    fetched: new Set(),
  });
  const resolver = (mode: 'off' | 'log' | 'enforce', perClient = false) => trustedDocumentResolver({ mode, documents: mode === 'off' ? null : documents, perClient, logger });
  /** What the resolver makes of one operation: what it passes on, or the refusal as the caller receives it. */
  const outcome = (mode: 'off' | 'log' | 'enforce', operation: Record<string, unknown>, context = who([]), perClient = false) => {
    try {
      return { runs: resolver(mode, perClient)(operation, context) };
    } catch (err) {
      if (!(err instanceof GraphQLError)) throw err;
      return { refused: { message: err.message, extensions: err.extensions } };
    }
  };

  it('runs a registered document sent by id, in either shape, as its registered text', () => {
    const variables = { a: 1 };
    expect(outcome('enforce', { documentId: id(DESTINATIONS), variables, operationName: 'Destinations' })).toEqual({ runs: { query: DESTINATIONS, variables, operationName: 'Destinations' } });
    expect(outcome('enforce', { documentId: documentHash(DESTINATIONS).toUpperCase() })).toEqual({ runs: { query: DESTINATIONS } });
    expect(outcome('enforce', { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(DESTINATIONS) }, traceId: 'x' } })).toEqual({ runs: { query: DESTINATIONS, extensions: { traceId: 'x' } } });
  });

  it('passes a registered full document on untouched', () => {
    const operation = { query: DESTINATIONS };
    expect(resolver('enforce')(operation, who([]))).toBe(operation);
    expect(lines).toEqual([]);
  });

  it('refuses an unknown id in every mode that has a manifest, with the id, and says ids need one when off', () => {
    const unknown = `sha256:${'0'.repeat(64)}`;
    const notFound = {
      refused: {
        message: `No registered document has the id ${unknown}; registered documents are listed in the generated persisted-documents.json (ids are sha256: and the sha256 of the document's text)`,
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', documentId: unknown, http: { status: 400 }, requestId: 'req-1' },
      },
    };
    expect(outcome('log', { documentId: unknown })).toEqual(notFound);
    expect(outcome('enforce', { documentId: unknown }, who(['admin']))).toEqual(notFound);
    expect(outcome('log', { documentId: 'Destinations' })).toEqual({ refused: expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND', documentId: 'Destinations' }) }) });
    expect(outcome('off', { documentId: id(DESTINATIONS) })).toEqual({
      refused: { message: 'This gateway runs without trusted documents (TRUSTED_DOCUMENTS=off), so it cannot resolve a document id; send the query', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED', http: { status: 400 }, requestId: 'req-1' } },
    });
  });

  it('in enforce, refuses an unregistered document to anonymous callers and officers, and runs it for analysts, admins and subgraphs', () => {
    const required = {
      refused: {
        message: `The document sent (${id(AD_HOC)}) is not registered: this caller may run registered documents only. Send a registered document or its documentId; analysts and admins may send any document`,
        extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', documentId: id(AD_HOC), http: { status: 403 }, requestId: 'req-1' },
      },
    };
    expect(outcome('enforce', { query: AD_HOC })).toEqual(required);
    expect(outcome('enforce', { query: AD_HOC }, who(['officer']))).toEqual(required);
    for (const roles of [['analyst'], ['admin'], ['officer', 'admin'], ['service']] as Role[][]) expect(outcome('enforce', { query: AD_HOC }, who(roles))).toEqual({ runs: { query: AD_HOC } });
    expect(lines).toEqual([
      { msg: 'trusted document refused', fields: { requestId: 'req-1', sub: 'anonymous', code: 'TRUSTED_DOCUMENT_REQUIRED', documentId: id(AD_HOC) } },
      { msg: 'trusted document refused', fields: { requestId: 'req-1', sub: 'someone-officer', code: 'TRUSTED_DOCUMENT_REQUIRED', documentId: id(AD_HOC) } },
    ]);
  });

  it('never keeps a document sent with its hash (an automatic persisted query registration): it is judged like any full document', () => {
    const register = { query: AD_HOC, extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(AD_HOC) } } };
    expect(outcome('log', register)).toEqual({ runs: { query: AD_HOC } });
    expect(outcome('log', { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(AD_HOC) } } })).toEqual({ refused: expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) }) });
    expect(outcome('enforce', register)).toEqual({ refused: expect.objectContaining({ extensions: expect.objectContaining({ code: 'TRUSTED_DOCUMENT_REQUIRED' }) }) });
    expect(outcome('off', register)).toEqual({ runs: { query: AD_HOC } });
  });

  it('in log, runs everything and logs the unregistered documents with their hash and client', () => {
    expect(outcome('log', { query: AD_HOC, operationName: 'Codes' }, who([], 'job-portal'))).toEqual({ runs: { query: AD_HOC, operationName: 'Codes' } });
    expect(outcome('log', { query: AD_HOC }, who(['analyst']))).toEqual({ runs: { query: AD_HOC } });
    expect(outcome('log', { query: AD_HOC }, who(['service']))).toEqual({ runs: { query: AD_HOC } });
    expect(outcome('log', { documentId: id(WORKER_SEARCH) }, who(['officer'], 'job-portal'), true)).toEqual({ runs: { query: WORKER_SEARCH } });
    expect(lines).toEqual([
      { msg: 'unregistered document', fields: { requestId: 'req-1', sub: 'anonymous', client: 'job-portal', clientVersion: '1.2.0', documentId: id(AD_HOC), operationName: 'Codes', enforce: 'refuses' } },
      { msg: 'unregistered document', fields: { requestId: 'req-1', sub: 'someone-analyst', documentId: id(AD_HOC), enforce: 'answers' } },
      {
        msg: 'trusted document would be refused',
        fields: { requestId: 'req-1', sub: 'someone-officer', client: 'job-portal', clientVersion: '1.2.0', code: 'TRUSTED_DOCUMENT_NOT_ALLOWED', documentId: id(WORKER_SEARCH), operation: 'WorkerSearch', owner: 'officer-desk' },
      },
    ]);
  });

  it("with the per-client rule, runs a client's own documents and refuses another's, and a request naming no client", () => {
    const officer = (client: string | null) => who(['officer'], client);
    expect(outcome('enforce', { documentId: id(WORKER_SEARCH) }, officer('officer-desk'), true)).toEqual({ runs: { query: WORKER_SEARCH } });
    expect(outcome('enforce', { query: WORKER_SEARCH }, officer('officer-desk'), true)).toEqual({ runs: { query: WORKER_SEARCH } });
    expect(outcome('enforce', { documentId: id(WORKER_SEARCH) }, officer('job-portal'), true)).toEqual({
      refused: {
        message: `WorkerSearch (${id(WORKER_SEARCH)}) is registered for the client officer-desk, not job-portal: each client may run only its own registered documents`,
        extensions: { code: 'TRUSTED_DOCUMENT_NOT_ALLOWED', documentId: id(WORKER_SEARCH), client: 'officer-desk', http: { status: 403 }, requestId: 'req-1' },
      },
    });
    expect(outcome('enforce', { query: DESTINATIONS }, who([]), true)).toEqual({
      refused: {
        message: `Name your client in the apollographql-client-name header: each client may run only its own registered documents, and Destinations (${id(DESTINATIONS)}) is job-portal's`,
        extensions: { code: 'TRUSTED_DOCUMENT_NOT_ALLOWED', documentId: id(DESTINATIONS), client: 'job-portal', http: { status: 403 }, requestId: 'req-1' },
      },
    });
    // Callers who may send any document are not held to a client's.
    expect(outcome('enforce', { documentId: id(WORKER_SEARCH) }, who(['analyst'], 'job-portal'), true)).toEqual({ runs: { query: WORKER_SEARCH } });
  });

  it.each([
    [{ documentId: 7 }, "documentId must be a string: sha256: and the 64 hex digits of the document's sha256"],
    [{ documentId: id(DESTINATIONS), query: DESTINATIONS }, 'Send either documentId or query, not both'],
    [{ documentId: id(DESTINATIONS), extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(DESTINATIONS) } } }, 'Send either documentId or extensions.persistedQuery, not both'],
    [{ extensions: { persistedQuery: { version: 2, sha256Hash: documentHash(DESTINATIONS) } } }, 'extensions.persistedQuery must be { "version": 1, "sha256Hash": "<the 64 hex digits of the document\'s sha256>" }'],
    [{ query: AD_HOC, extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(DESTINATIONS) } } }, 'extensions.persistedQuery.sha256Hash is not the sha256 of the query sent with it'],
  ])('refuses a malformed way of naming a document: %j', (operation, message) => {
    expect(outcome('log', operation)).toEqual({ refused: { message, extensions: { code: 'BAD_REQUEST', http: { status: 400 }, requestId: 'req-1' } } });
  });

  it('leaves an operation with no document to Apollo Server', () => {
    const operation = { variables: {} };
    expect(resolver('enforce')(operation, who([]))).toBe(operation);
  });
});
