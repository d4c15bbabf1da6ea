import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { HttpError } from './http-error';
import type { OperationQueue } from './operation-queue';
import { readJsonBody } from './read-body';

const DEFAULT_MAX_STRING_LENGTH = 10_000;

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
  answers?: AnswerStore;
  /** Turns for executing operations (absent: all run at once). Kept answers never wait for one. */
  queue?: OperationQueue;
}

/** Where a value sits in the variables: its key and its parent's place, spelled out only for an error. */
interface Place {
  key: string | number;
  parent: Place | undefined;
}

function pathOf(place: Place | undefined): string {
  let path = '';
  for (let at = place; at; at = at.parent) path = (typeof at.key === 'number' ? `[${at.key}]` : `.${at.key}`) + path;
  return `variables${path}`;
}

/**
 * Refuses variables a database could read as an operator (a key starting with `$`, at any
 * depth) and strings longer than `maxStringLength`, naming the path of the offending value.
 * Walks with its own stack, so deeply nested JSON costs memory in proportion to its size.
 */
export function checkVariables(variables: unknown, maxStringLength: number): void {
  const pending: { value: unknown; place: Place | undefined }[] = [{ value: variables, place: undefined }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, place } = next;
    if (typeof value === 'string' && value.length > maxStringLength) {
      throw badVariables(`${pathOf(place)} is ${value.length} characters long; strings in variables are limited to ${maxStringLength}`);
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, place: { key: index, parent: place } }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key.startsWith('$')) throw badVariables(`${pathOf({ key, parent: place })}: keys in variables must not start with "$"`);
        pending.push({ value: item, place: { key, parent: place } });
      }
    }
  }
}

function badVariables(message: string): HttpError {
  return new HttpError(400, 'BAD_USER_INPUT', message);
}

/** The variables of a POST body (one operation or a batch) or of a GET request's `variables` parameter. */
function requestVariables(body: unknown, search: string): unknown[] {
  if (body !== undefined) return (Array.isArray(body) ? body : [body]).map((operation) => (operation as { variables?: unknown } | null)?.variables);
  const raw = new URLSearchParams(search).get('variables');
  if (raw === null) return [];
  try {
    return [JSON.parse(raw)];
  } catch {
    // Apollo Server answers malformed JSON with its own error.
    return [];
  }
}

/**
 * Apollo Server on plain `node:http`: fewer layers per request than Express, and
 * the body limit is ours to enforce.
 */
export function graphqlHandler<TContext extends BaseContext>(options: GraphQLHandlerOptions<TContext>) {
  const { server, context, bodyLimitBytes, maxStringLength = DEFAULT_MAX_STRING_LENGTH, queue } = options;
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const body = method === 'POST' ? await readJsonBody(req, bodyLimitBytes) : undefined;
    for (const variables of requestVariables(body, search)) checkVariables(variables, maxStringLength);
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
