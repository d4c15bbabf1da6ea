import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Kind } from 'graphql';
import { IDENTITY_HEADER, signIdentity } from '../lib/identity';
import type { Logger } from '../lib/logger';
import type { GatewayContext } from './context';
import type { CircuitBreaker } from './circuit-breaker';
import { failureOfFetch, missingPartErrors, missingPaths, type SubgraphFailure } from './missing-parts';
import { backoffMs, type SubgraphPolicy } from './subgraph-policy';
import type { SubgraphAnswer, SubgraphFetch } from './subgraph-fetcher';

export interface SubgraphDataSourceOptions {
  /** The subgraph's name, as errors name it (its address stays inside the gateway). */
  name: string;
  url: string;
  fetch: SubgraphFetch;
  identitySecret: string;
  /** Its timeout and retries. */
  policy: SubgraphPolicy;
  /** Its circuit breaker, or null when breakers are off. */
  breaker?: CircuitBreaker | null;
  /** Where a failed fetch is logged with what the caller is not told (the address, the body). */
  logger?: Logger;
}

type CacheHint = { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' };

/** `max-age=30, public` → { maxAge: 30, scope: 'PUBLIC' }; no header or no max-age → not cacheable. */
export function cacheHintOf(header: string | string[] | undefined): CacheHint {
  const hint: CacheHint = { maxAge: 0 };
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, value] = part.trim().split('=', 2) as [string, string | undefined];
    if (name === 'max-age' && value !== undefined && /^\d+$/.test(value)) hint.maxAge = Number(value);
    else if (name === 'private') hint.scope = 'PRIVATE';
    else if (name === 'public') hint.scope = 'PUBLIC';
  }
  return hint;
}

function decode(answer: SubgraphAnswer): unknown {
  const text = answer.body.toString('utf8');
  const type = answer.headers['content-type'] ?? '';
  if (!type.startsWith('application/json') && !type.startsWith('application/graphql-response+json')) return text;
  return JSON.parse(text);
}

/**
 * One subgraph as the gateway's query plans see it: each fetch is a POST of the plan's
 * operation with the request id and the signed identity, sent through the shared fetcher.
 * It does what @apollo/gateway's RemoteGraphQLDataSource does for us (the same body, the same
 * errors for a failed status, the subgraph's Cache-Control narrowing the answer's cache policy),
 * without the node-fetch Request and Headers objects that class builds around every fetch,
 * which were a measurable share of the gateway's CPU per request (README, "Performance").
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SubgraphDataSourceOptions) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    // What the gateway itself asks for (the federated trace header, when usage reporting is on).
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name] = value;
    const context = options.context as Partial<GatewayContext>;
    // One id follows the operation through every subgraph's logs.
    if (context.requestId) headers['x-request-id'] = context.requestId;
    // Subgraphs trust only this signed, short-lived statement of who is asking.
    if (context.identity) headers[IDENTITY_HEADER] = context.signedIdentity ??= signIdentity(context.identity, this.options.identitySecret);
    context.fetched?.add(this.options.name);
    // Not while its breaker is open or probing: that fetch fails at once, or is the probe, asking nothing else.
    if (context.beforeFetch && this.options.breaker?.report().state !== 'open') await context.beforeFetch(this.options.name);
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });

    const answer = await this.send(options, headers, body, context);
    if (!('status' in answer)) return answer;
    if (answer.status < 200 || answer.status > 299) return this.refused(options, answer);
    let result: unknown;
    try {
      result = decode(answer);
    } catch (err) {
      result = err;
    }
    // What it sent instead (a proxy's error page, say) is not the caller's to read.
    if (result === null || typeof result !== 'object' || result instanceof Error) {
      return this.missing(options, { code: 'SUBGRAPH_UNAVAILABLE', reason: 'answered with something other than a GraphQL response' }, `HTTP ${answer.status}, ${answer.body.length} bytes of ${answer.headers['content-type'] ?? 'no content-type'}`);
    }

    // Only a client's operation has a cache policy (health checks and schema loads have none).
    if ('incomingRequestContext' in options) {
      const policy = options.incomingRequestContext.overallCachePolicy;
      // The answer may be kept no longer, and no more widely, than every subgraph part of it allows.
      if (policy && 'restrict' in policy) policy.restrict(cacheHintOf(answer.headers['cache-control']));
    }
    return result as GatewayGraphQLResponse;
  }

  /**
   * Sends the fetch, within the request's deadline and past the subgraph's breaker, asking a
   * query again as its policy allows: the subgraph's answer, or its part of the answer missing.
   */
  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>, headers: Record<string, string>, body: string, context: Partial<GatewayContext>): Promise<SubgraphAnswer | GatewayGraphQLResponse> {
    const { retries } = this.options.policy;
    // A query may be asked again: it changes nothing. A mutation is sent once, whatever happens to it.
    const attempts = isQueryOperation(options) ? 1 + retries : 1;
    let answer: SubgraphAnswer | undefined;
    for (let attempt = 1; answer === undefined; attempt += 1) {
      // No fetch outlives the request: each waits at most until its deadline.
      const left = context.deadline === undefined ? Infinity : context.deadline - Date.now();
      if (left <= 0) return this.missing(options, { code: 'SUBGRAPH_TIMEOUT', reason: 'was not asked: the request ran out of time (REQUEST_DEADLINE_MS)' });
      const timeoutMs = Math.min(this.options.policy.timeoutMs, Math.ceil(left));
      const { breaker } = this.options;
      if (breaker && !breaker.allow()) {
        return this.missing(options, { code: 'SUBGRAPH_UNAVAILABLE', reason: `is unavailable (it has been failing; the gateway asks it again in ${breaker.secondsToProbe()} s)` });
      }
      let retryFor: unknown;
      try {
        answer = await this.options.fetch(this.options.url, { headers, body, timeoutMs });
        breaker?.record(answer.status >= 500);
        if (attempt < attempts && RETRIED_STATUSES.has(answer.status)) [answer, retryFor] = [undefined, `HTTP ${answer.status}`];
      } catch (err) {
        breaker?.record(true);
        const outOfTime = timeoutMs < this.options.policy.timeoutMs;
        if (attempt >= attempts || outOfTime) return this.missing(options, failureOfFetch(err, timeoutMs, outOfTime), err);
        retryFor = err instanceof Error ? err.message : err;
      }
      if (answer === undefined) {
        const waitMs = backoffMs(attempt);
        this.options.logger?.warn('subgraph fetch retried', { subgraph: this.options.name, attempt, waitMs, requestId: context.requestId, err: retryFor });
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    }
    return answer;
  }

  /**
   * A status outside 2xx. A 4xx answer that is a GraphQL response is the subgraph refusing the
   * request (a value it cannot accept, a missing identity): its errors are passed on with their
   * codes as the caller's errors, as if it had answered 200. Anything else is a missing part.
   */
  private refused(options: GraphQLDataSourceProcessOptions<GatewayContext>, answer: SubgraphAnswer): GatewayGraphQLResponse {
    let body: unknown;
    try {
      body = decode(answer);
    } catch {
      body = undefined;
    }
    if (answer.status < 500 && isGraphQLErrorResponse(body)) return { errors: body.errors };
    const code = answer.status === 401 ? 'UNAUTHENTICATED' : answer.status === 403 ? 'FORBIDDEN' : 'SUBGRAPH_UNAVAILABLE';
    return this.missing(options, { code, reason: `answered HTTP ${answer.status}` }, `HTTP ${answer.status} ${answer.statusText}`);
  }

  /**
   * The fetch's part of the answer is missing: one error for each path it leaves without a value,
   * with the subgraph's name and why in words a caller may read; its address and what it sent
   * go to the gateway's log only.
   */
  private missing(options: GraphQLDataSourceProcessOptions<GatewayContext>, failure: SubgraphFailure, cause?: unknown): GatewayGraphQLResponse {
    const { request } = options;
    const document = 'document' in options ? options.document : undefined;
    const requestId = (options.context as Partial<GatewayContext>).requestId;
    // Without a cause nothing was sent (an open breaker, whose opening was logged once).
    if (cause !== undefined) this.options.logger?.warn('subgraph fetch failed', { subgraph: this.options.name, code: failure.code, requestId, err: cause instanceof Error ? cause.message : cause });
    return { errors: missingPartErrors(this.options.name, failure, missingPaths(document, request.query!, request.variables)) as GatewayGraphQLResponse['errors'] };
  }
}

/** What a proxy or a restarting subgraph answers while it cannot serve: worth one more try for a query. */
const RETRIED_STATUSES = new Set([502, 503, 504]);

function isQueryOperation(options: GraphQLDataSourceProcessOptions<GatewayContext>): boolean {
  const document = 'document' in options ? options.document : undefined;
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operation) return operation.operation === 'query';
  return /^\s*(query\b|\{)/.test(options.request.query ?? '');
}

function isGraphQLErrorResponse(body: unknown): body is { errors: GatewayGraphQLResponse['errors'] & object[] } {
  return typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors) && (body as { errors: unknown[] }).errors.length > 0;
}
