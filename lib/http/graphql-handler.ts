import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { HttpError } from './http-error';
import type { OperationQueue } from './operation-queue';
import { readJsonBody } from './read-body';

const DEFAULT_MAX_STRING_LENGTH = 10_000;
/** Deepest nesting of objects and lists in `variables` or `extensions` (the graph's inputs need 3). */
export const DEFAULT_MAX_DEPTH = 16;

/** An answer as it was sent, and until when (epoch ms) it may be sent again. */
export interface KeptAnswer {
  body: string;
  contentType: string;
  until: number;
  /** Who it may be sent to: anyone, or only the caller it was made for (its key names the caller). */
  scope: 'public' | 'private';
}

/** A kept answer still true for this request, or how to keep the answer about to be computed. */
export type AnswerLookup = { kept: KeptAnswer } | { kept?: undefined; keep(cacheControl: string | undefined, contentType: string, body: string): boolean };

/** Answers kept by their request body, served without running the operation again (the gateway's public answers). */
export interface AnswerStore<TContext> {
  /** `document` is the text the operation runs (what its answers have in common), when it has one. */
  lookup(key: string, context: TContext, document: string | undefined): Promise<AnswerLookup>;
}

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  bodyLimitBytes: number;
  /** Longest string accepted in `variables` (10,000 characters unless given). */
  maxStringLength?: number;
  /** Deepest nesting accepted in `variables` and `extensions` (16 unless given). */
  maxDepth?: number;
  answers?: AnswerStore<TContext>;
  /** Turns for executing operations (absent: all run at once). Kept answers never wait for one. */
  queue?: OperationQueue;
  /**
   * Callers that never wait for a turn: a subgraph asking the graph on behalf of an operation
   * that already holds one. Were it to wait, that operation would hold its turn waiting for a
   * turn, and enough of them at once would wait for each other until their fetches time out.
   */
  skipsQueue?: (context: TContext) => boolean;
  /**
   * Once the caller is known, before a kept answer is looked up or Apollo Server sees the request:
   * the operation to run in place of each one sent (the same object when nothing changes), such
   * as a document id replaced by its text. A GraphQL error thrown refuses the whole request, with
   * the status in its `extensions.http`. Not called when the context cannot be made: Apollo
   * Server then answers with that error, and runs nothing.
   */
  resolveOperation?: (operation: Record<string, unknown>, context: TContext) => Record<string, unknown>;
  /**
   * The key under which identical operations in flight at once run once, the others waiting for
   * its answer (without a turn of the queue), or undefined when this one must run on its own.
   * Only an answer of status 200 without errors is shared (an error carries its request's id);
   * a caller whose leader got anything else runs its own.
   */
  shareKey?: (operation: Record<string, unknown>, context: TContext) => string | undefined;
}

/** Where a value sits in the request: its key and its parent's place, spelled out only for an error. */
interface Place {
  key: string | number;
  parent: Place | undefined;
  depth: number;
}

function pathOf(root: string, place: Place | undefined): string {
  let path = '';
  for (let at = place; at; at = at.parent) path = (typeof at.key === 'number' ? `[${at.key}]` : `.${at.key}`) + path;
  return `${root}${path}`;
}

/**
 * Visits every value of a JSON tree no deeper than `maxDepth` levels of objects and lists, and
 * refuses a deeper one before anything else walks it: what comes after (the answer cache's key,
 * Apollo Server, graphql's coercion) recurses, and thousands of levels would overflow the stack.
 * Walks with its own stack, so any tree costs memory in proportion to its size.
 */
function walkJson(value: unknown, root: string, maxDepth: number, visit: (value: unknown, place: Place | undefined) => void): void {
  const pending: { value: unknown; place: Place | undefined }[] = [{ value, place: undefined }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, place } = next;
    visit(value, place);
    if (typeof value !== 'object' || value === null) continue;
    const depth = (place?.depth ?? 0) + 1;
    if (depth > maxDepth) throw badRequestValue(`${root} is nested more than ${maxDepth} levels deep; no request to this graph needs that many`);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    for (const [key, item] of entries) pending.push({ value: item, place: { key, parent: place, depth } });
  }
}

/**
 * Refuses variables a database could read as an operator (a key starting with `$`, at any
 * depth), strings longer than `maxStringLength` and nesting deeper than `maxDepth`, naming the
 * path of the offending value.
 */
export function checkVariables(variables: unknown, maxStringLength: number, maxDepth = DEFAULT_MAX_DEPTH): void {
  walkJson(variables, 'variables', maxDepth, (value, place) => {
    if (typeof value === 'string' && value.length > maxStringLength) {
      throw badRequestValue(`${pathOf('variables', place)} is ${value.length} characters long; strings in variables are limited to ${maxStringLength}`);
    }
    if (place && typeof place.key === 'string' && place.key.startsWith('$')) throw badRequestValue(`${pathOf('variables', place)}: keys in variables must not start with "$"`);
  });
}

/** Any other member of a request (`extensions`, or a `query` that is not a string) bounded in depth like its variables. */
export function checkDepth(value: unknown, name: string, maxDepth = DEFAULT_MAX_DEPTH): void {
  walkJson(value, name, maxDepth, () => undefined);
}

function badRequestValue(message: string): HttpError {
  return new HttpError(400, 'BAD_USER_INPUT', message);
}

/** Parameters of a GET request read as text; the others are JSON. */
const TEXT_PARAMETERS = ['query', 'operationName', 'documentId'];

/** The operations of a POST body (one or a batch), or of a GET request's parameters, as far as they are JSON. */
function requestOperations(body: unknown, search: string): Record<string, unknown>[] {
  if (body !== undefined) return (Array.isArray(body) ? body : [body]).map((operation) => (typeof operation === 'object' && operation !== null ? operation : {}));
  const params = new URLSearchParams(search);
  const text = Object.fromEntries(TEXT_PARAMETERS.map((name) => [name, params.get(name) ?? undefined]).filter(([, value]) => value !== undefined));
  const parsed = (name: string): unknown => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw);
    } catch {
      // Apollo Server answers malformed JSON with its own error.
      return undefined;
    }
  };
  return [{ ...text, variables: parsed('variables'), extensions: parsed('extensions') }];
}

/** A GET request's parameters with the members `resolved` changed from `sent` written over them. */
function searchWith(search: string, sent: Record<string, unknown>, resolved: Record<string, unknown>): string {
  const params = new URLSearchParams(search);
  for (const name of new Set([...Object.keys(sent), ...Object.keys(resolved)])) {
    const value = resolved[name];
    if (value === sent[name]) continue;
    if (value === undefined) params.delete(name);
    else params.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return `?${params.toString()}`;
}

/** What the GraphQL endpoint answers one request with, before it is written. */
export interface GraphQLAnswer {
  status: number;
  headers: ReadonlyMap<string, string>;
  /** The whole body, or its chunks as Apollo Server streams them (incremental delivery). */
  body: string | AsyncIterable<string>;
}

/** One request to run: its method, its body as parsed (undefined for a GET) and its query string. */
export interface GraphQLRequest<TContext = unknown> {
  method: string;
  body: unknown;
  search: string;
  /** What to change in the context made for this request (the export gives all its pages its own request id). */
  adjust?: (context: TContext) => TContext;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** A refusal of the whole request, in the shape Apollo Server answers errors with. */
function refusalAnswer(error: GraphQLError): GraphQLAnswer {
  const { http, ...extensions } = error.extensions as { http?: { status?: number } };
  return { status: http?.status ?? 400, headers: new Map([['content-type', JSON_TYPE]]), body: JSON.stringify({ errors: [{ message: error.message, extensions }] }) };
}

/**
 * Everything the GraphQL endpoint does to a request, short of reading and writing HTTP: the checks
 * of its variables, the resolution of its documents, the kept answers, a turn in the queue and the
 * execution. The endpoint runs each request through it, and so does the export for each page it
 * walks: an export is never a way around any of it.
 */
export function graphqlExecutor<TContext extends BaseContext>(options: GraphQLHandlerOptions<TContext>) {
  const { server, context, maxStringLength = DEFAULT_MAX_STRING_LENGTH, maxDepth = DEFAULT_MAX_DEPTH, queue } = options;
  // The operations running now that others may join, by share key; each settles with its answer, or null when it is not to be shared.
  const running = new Map<string, Promise<GraphQLAnswer | null>>();
  return async (req: IncomingMessage, request: GraphQLRequest<TContext>): Promise<GraphQLAnswer> => {
    const { method, body: sent, search: sentSearch } = request;
    const contextOf = request.adjust ? async (incoming: IncomingMessage) => request.adjust!(await context(incoming)) : context;
    const operations = requestOperations(sent, sentSearch);
    for (const operation of operations) {
      for (const [name, value] of Object.entries(operation)) {
        if (name === 'variables') checkVariables(value, maxStringLength, maxDepth);
        else checkDepth(value, name, maxDepth);
      }
    }
    // The caller, once, for what runs before Apollo Server: a caller who cannot be authenticated
    // is left to Apollo Server, which answers with the error and runs nothing.
    const known = options.resolveOperation || options.answers || options.shareKey ? await contextOf(req).catch(() => undefined) : undefined;
    let body = sent;
    let search = sentSearch;
    if (known && options.resolveOperation) {
      let resolved: Record<string, unknown>[];
      try {
        resolved = operations.map((operation) => options.resolveOperation!(operation, known));
      } catch (err) {
        if (!(err instanceof GraphQLError)) throw err;
        return refusalAnswer(err);
      }
      if (sent === undefined) {
        if (resolved[0] !== operations[0]) search = searchWith(sentSearch, operations[0]!, resolved[0]!);
      } else if (Array.isArray(sent)) body = sent.map((piece, index) => (resolved[index] === operations[index] ? piece : resolved[index]));
      else if (resolved[0] !== operations[0]) body = resolved[0];
    }
    // A single POSTed operation whose answer is kept, by the body as sent: what it resolves to
    // cannot change while the process runs, and the resolution above has let the caller run it.
    const key = options.answers && known && sent !== null && typeof sent === 'object' && !Array.isArray(sent) ? JSON.stringify(sent) : undefined;
    // Its document is the text it runs (a document id resolved above); none for a body without one.
    const text = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).query : undefined;
    const lookup = key === undefined ? undefined : await options.answers!.lookup(key, known!, typeof text === 'string' ? text : undefined);
    if (lookup?.kept) {
      const { kept } = lookup;
      const maxAge = Math.max(0, Math.floor((kept.until - Date.now()) / 1000));
      return { status: 200, headers: new Map([['content-type', kept.contentType], ['cache-control', `max-age=${maxAge}, ${kept.scope}`]]), body: kept.body };
    }
    const shareKey = known && options.shareKey && body !== null && typeof body === 'object' && !Array.isArray(body) ? options.shareKey(body as Record<string, unknown>, known) : undefined;
    if (shareKey !== undefined) {
      const shared = await running.get(shareKey);
      if (shared) return shared;
    }
    const leads = shareKey !== undefined && !running.has(shareKey);
    let settle: (answer: GraphQLAnswer | null) => void = () => undefined;
    if (leads) running.set(shareKey!, new Promise((resolve) => (settle = resolve)));
    try {
      const answer = await execute(req, method, search, body, known, contextOf);
      if (lookup && !lookup.kept && answer.status === 200 && typeof answer.body === 'string') lookup.keep(answer.headers.get('cache-control'), answer.headers.get('content-type') ?? 'application/json', answer.body);
      settle(answer.status === 200 && typeof answer.body === 'string' && !answer.body.includes('"errors":') ? answer : null);
      return answer;
    } catch (err) {
      settle(null);
      throw err;
    } finally {
      if (leads) running.delete(shareKey!);
    }
  };

  async function execute(req: IncomingMessage, method: string, search: string, body: unknown, known: TContext | undefined, contextOf: (req: IncomingMessage) => Promise<TContext>): Promise<GraphQLAnswer> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const endTurn = known && options.skipsQueue?.(known) ? undefined : await queue?.acquire();
    let response;
    try {
      response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search, body },
        context: known ? () => Promise.resolve(known) : () => contextOf(req),
      });
    } finally {
      endTurn?.();
    }
    const status = response.status ?? 200;
    if (response.body.kind === 'complete') return { status, headers: response.headers, body: response.body.string };
    return { status, headers: response.headers, body: response.body.asyncIterator };
  }
}

/**
 * Apollo Server on plain `node:http`: fewer layers per request than Express, and
 * the body limit is ours to enforce.
 */
export function graphqlHandler<TContext extends BaseContext>(options: GraphQLHandlerOptions<TContext>) {
  const execute = graphqlExecutor(options);
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const body = method === 'POST' ? await readJsonBody(req, options.bodyLimitBytes) : undefined;
    const answer = await execute(req, { method, body, search });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status;
    if (typeof answer.body === 'string') {
      res.end(answer.body);
      return;
    }
    for await (const chunk of answer.body) res.write(chunk);
    res.end();
  };
}
