import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
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
}

/** Answers kept by their request body, served without running the operation again (the gateway's public answers). */
export interface AnswerStore {
  get(key: string): KeptAnswer | undefined;
  offer(key: string, cacheControl: string | undefined, contentType: string, body: string): boolean;
}

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  bodyLimitBytes: number;
  /** Longest string accepted in `variables` (10,000 characters unless given). */
  maxStringLength?: number;
  /** Deepest nesting accepted in `variables` and `extensions` (16 unless given). */
  maxDepth?: number;
  answers?: AnswerStore;
  /** Turns for executing operations (absent: all run at once). Kept answers never wait for one. */
  queue?: OperationQueue;
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

/** The operations of a POST body (one or a batch), or of a GET request's parameters, as far as they are JSON. */
function requestOperations(body: unknown, search: string): Record<string, unknown>[] {
  if (body !== undefined) return (Array.isArray(body) ? body : [body]).map((operation) => (typeof operation === 'object' && operation !== null ? operation : {}));
  const params = new URLSearchParams(search);
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
  return [{ variables: parsed('variables'), extensions: parsed('extensions') }];
}

/**
 * Apollo Server on plain `node:http`: fewer layers per request than Express, and
 * the body limit is ours to enforce.
 */
export function graphqlHandler<TContext extends BaseContext>(options: GraphQLHandlerOptions<TContext>) {
  const { server, context, bodyLimitBytes, maxStringLength = DEFAULT_MAX_STRING_LENGTH, maxDepth = DEFAULT_MAX_DEPTH, queue } = options;
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const body = method === 'POST' ? await readJsonBody(req, bodyLimitBytes) : undefined;
    for (const operation of requestOperations(body, search)) {
      for (const [name, value] of Object.entries(operation)) {
        if (name === 'variables') checkVariables(value, maxStringLength, maxDepth);
        else checkDepth(value, name, maxDepth);
      }
    }
    // A single POSTed operation whose answer is kept: served once the caller is authenticated (a
    // caller who is not is left to Apollo Server, which answers with the error).
    const key = options.answers && body !== null && typeof body === 'object' && !Array.isArray(body) ? JSON.stringify(body) : undefined;
    if (key !== undefined) {
      const kept = options.answers!.get(key);
      if (kept && (await context(req).then(() => true, () => false))) {
        res.writeHead(200, { 'content-type': kept.contentType, 'cache-control': `max-age=${Math.max(0, Math.floor((kept.until - Date.now()) / 1000))}, public` });
        res.end(kept.body);
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    await queue?.acquire();
    let response;
    try {
      response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search, body },
        context: () => context(req),
      });
    } finally {
      queue?.release();
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (key !== undefined && res.statusCode === 200) options.answers!.offer(key, response.headers.get('cache-control'), response.headers.get('content-type') ?? 'application/json', response.body.string);
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
