import { badRequest } from './errors';
import { documentHash } from './manifest';

/**
 * What one operation of a request asks to run, as far as trusted documents go:
 * - `id`: a document by its id (`documentId`, or Apollo's `extensions.persistedQuery` without a query);
 * - `text`: a full document (`query`), with its sha256 when one was sent and checked with it;
 * - `none`: neither, left to Apollo Server to refuse.
 */
export type RequestedDocument =
  | { kind: 'id'; /** As sent, for the error when it is unknown. */ id: string; /** The sha256 it names; undefined when it names none. */ hex: string | undefined }
  | { kind: 'text'; text: string; hex: string | undefined }
  | { kind: 'none' };

/** `sha256:<hex>` as GraphQL Code Generator's client preset sends it, or the bare hex. */
const DOCUMENT_ID = /^(?:sha256:)?([0-9a-fA-F]{64})$/;
const SHA256 = /^[0-9a-fA-F]{64}$/;

const given = (value: unknown) => value !== undefined && value !== null;

function persistedQueryOf(operation: Record<string, unknown>): unknown {
  const { extensions } = operation;
  return typeof extensions === 'object' && extensions !== null ? (extensions as Record<string, unknown>).persistedQuery : undefined;
}

export function requestedDocument(operation: Record<string, unknown>): RequestedDocument {
  const { documentId, query } = operation;
  const hasQuery = typeof query === 'string' && query !== '';
  const persistedQuery = persistedQueryOf(operation);
  if (given(documentId)) {
    if (typeof documentId !== 'string') throw badRequest('documentId must be a string: sha256: and the 64 hex digits of the document\'s sha256');
    if (hasQuery) throw badRequest('Send either documentId or query, not both');
    if (given(persistedQuery)) throw badRequest('Send either documentId or extensions.persistedQuery, not both');
    return { kind: 'id', id: documentId, hex: DOCUMENT_ID.exec(documentId)?.[1]?.toLowerCase() };
  }
  if (given(persistedQuery)) {
    const { version, sha256Hash } = (typeof persistedQuery === 'object' ? persistedQuery : {}) as Record<string, unknown>;
    if (version !== 1 || typeof sha256Hash !== 'string' || !SHA256.test(sha256Hash)) {
      throw badRequest('extensions.persistedQuery must be { "version": 1, "sha256Hash": "<the 64 hex digits of the document\'s sha256>" }');
    }
    const hex = sha256Hash.toLowerCase();
    if (!hasQuery) return { kind: 'id', id: sha256Hash, hex };
    // Nothing sent this way is kept for later: documents are registered by building the manifest only.
    if (documentHash(query as string) !== hex) throw badRequest('extensions.persistedQuery.sha256Hash is not the sha256 of the query sent with it');
    return { kind: 'text', text: query as string, hex };
  }
  return hasQuery ? { kind: 'text', text: query as string, hex: undefined } : { kind: 'none' };
}

/** The operation with `query` set to `text`, and no document id or persisted query left for Apollo Server to act on. */
export function withDocument(operation: Record<string, unknown>, text: string): Record<string, unknown> {
  const { documentId: _documentId, ...rest } = withoutPersistedQuery(operation);
  return { ...rest, query: text };
}

/**
 * The operation without `extensions.persistedQuery` (the same object when it has none): Apollo
 * Server's own persisted queries are off in the gateway, and would refuse a request naming one.
 */
export function withoutPersistedQuery(operation: Record<string, unknown>): Record<string, unknown> {
  if (!given(persistedQueryOf(operation))) return operation;
  const { persistedQuery: _persistedQuery, ...extensions } = operation.extensions as Record<string, unknown>;
  const { extensions: _extensions, ...rest } = operation;
  return Object.keys(extensions).length === 0 ? rest : { ...rest, extensions };
}
