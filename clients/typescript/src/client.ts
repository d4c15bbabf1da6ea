import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, GraphQLClient, type RequestMiddleware } from 'graphql-request';

/**
 * How a call is sent. `id`: the registered document's id alone (`{"documentId": "sha256:…"}`),
 * what a production gateway expects of anonymous and officer callers. `id-then-document`: the id,
 * and the whole document once more only when the gateway does not know the id (a gateway built
 * from an older manifest; answered where ad-hoc documents are allowed). `document`: the text.
 */
export type SendMode = 'id' | 'id-then-document' | 'document';

export interface GraphClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** Sent with every call: `authorization`, `x-purpose-code`, `x-purpose` … */
  headers?: Record<string, string>;
  /** Who is calling, sent as `apollographql-client-name` and `-version`: the gateway logs it, and may hold the client to its own registered operations. */
  client?: { name: string; version?: string };
  send?: SendMode;
}

/** A typed document as the generator writes it: with the id of its text in the manifest. */
type RegisteredDocument<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> & { __meta__?: { hash?: string } };

/**
 * The operation's own variables, taken from the document only (NoInfer: a wrong value is an
 * error, not a new guess at the type); none to give, or an empty object, for an operation that
 * declares none.
 */
type VariablesOf<TVariables> = [TVariables] extends [Record<string, never>] ? [variables?: NoInfer<TVariables>] : [variables: NoInfer<TVariables>];

// Tells the middleware which id to send instead of the text; never leaves the process.
const DOCUMENT_ID_HEADER = 'x-satu-document-id';

const sendIdInstead: RequestMiddleware = (request) => {
  const headers = new Headers(request.headers as HeadersInit | undefined);
  const documentId = headers.get(DOCUMENT_ID_HEADER);
  if (!documentId) return request;
  headers.delete(DOCUMENT_ID_HEADER);
  const { variables, operationName } = JSON.parse(String(request.body)) as { variables?: unknown; operationName?: string };
  return { ...request, headers, body: JSON.stringify({ documentId, variables, operationName }) };
};

function unknownDocument(err: unknown): boolean {
  return err instanceof ClientError && (err.response.errors ?? []).some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
}

/**
 * The graph, typed by the registry: `await graph.request(WorkerStoryDocument, { id })` sends the
 * document's id, and its variables and result have the operation's types.
 */
export function createGraphClient(options: GraphClientOptions) {
  const send = options.send ?? 'id-then-document';
  const headers: Record<string, string> = { ...options.headers };
  if (options.client) {
    headers['apollographql-client-name'] = options.client.name;
    if (options.client.version) headers['apollographql-client-version'] = options.client.version;
  }
  const client = new GraphQLClient(options.url, { headers, requestMiddleware: sendIdInstead });
  return {
    async request<TResult, TVariables>(document: RegisteredDocument<TResult, TVariables>, ...[variables]: VariablesOf<TVariables>): Promise<TResult> {
      const call = (byId: boolean) =>
        client.request<TResult>({
          document: document as TypedDocumentNode<TResult, Record<string, unknown>>,
          variables: variables as Record<string, unknown> | undefined,
          requestHeaders: byId ? { [DOCUMENT_ID_HEADER]: document.__meta__!.hash! } : {},
        });
      const id = document.__meta__?.hash;
      if (send === 'document' || !id) return call(false);
      try {
        return await call(true);
      } catch (err) {
        if (send === 'id-then-document' && unknownDocument(err)) return call(false);
        throw err;
      }
    },
  };
}

export type GraphClient = ReturnType<typeof createGraphClient>;
