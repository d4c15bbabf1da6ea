import http from 'node:http';
import https from 'node:https';

/** What a subgraph answered, as received: the caller decodes the body. */
export interface SubgraphAnswer {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GraphQL POST to a subgraph. */
export interface SubgraphRequest {
  headers: Record<string, string>;
  body: string;
  /** This subgraph's own timeout, when it has one (`<PREFIX>_TIMEOUT_MS`); else the fetcher's. */
  timeoutMs?: number;
}

export type SubgraphFetch = (url: string, request: SubgraphRequest) => Promise<SubgraphAnswer>;

/** Keep-alive connection pools to the subgraphs, one per protocol. */
export interface SubgraphConnections {
  'http:': http.Agent;
  'https:': https.Agent;
}

/**
 * With a `timeout` set, Node closes an idle pooled socket at the `Keep-Alive: timeout=…` the
 * server (or a load balancer in front of it) announced, or at this timeout, before the other end
 * does; without one it keeps idle sockets forever and may reuse one just as the other end closes
 * it, which fails that fetch. Busy sockets are not cut by it: fetches have their own timeouts.
 */
const IDLE_SOCKET_TIMEOUT_MS = 60_000;

export function subgraphConnections(): SubgraphConnections {
  const options = { keepAlive: true, maxSockets: 256, timeout: IDLE_SOCKET_TIMEOUT_MS };
  return { 'http:': new http.Agent(options), 'https:': new https.Agent(options) };
}

export interface SubgraphFetcherOptions {
  /** Longest the subgraph may stay silent (socket idle time); past it the fetch fails and its part of the answer is null. */
  timeoutMs: number;
  /**
   * Field names whose reads must reach the subgraph once per client request (personal data and
   * the audit trail: each read goes on record with its own request id), so never shared.
   */
  neverShared: readonly string[];
  /**
   * The pools to send through: the fetchers of successive supergraphs share one, so a reload
   * opens no new connections and leaves none idle behind. New pools when absent.
   */
  connections?: SubgraphConnections;
}

/** The gateway writes a subgraph query as `{"query":"query …`; anything else (mutations) is never shared. */
const isQuery = (body: string) => body.startsWith('{"query":"query');

/** The request id differs per client request and only labels logs: it is not part of what is asked. */
function shareKey(url: string, headers: Record<string, string>, body: string): string {
  let key = url;
  for (const name of Object.keys(headers).sort()) if (name.toLowerCase() !== 'x-request-id') key += `\n${name}:${headers[name]}`;
  return `${key}\n${body}`;
}

/**
 * How the gateway talks to subgraphs: one keep-alive connection pool per protocol and plain
 * node:http requests, with identical queries in flight sent once. @apollo/gateway's default
 * fetcher (make-fetch-happen) adds HTTP cache, proxy and retry layers the gateway never uses,
 * which the benchmark showed cost a large share of the gateway's CPU (README, "Performance").
 */
export function subgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetch {
  const agents = options.connections ?? subgraphConnections();
  // Identical queries to the same subgraph in flight at the same time are sent once and the
  // answer shared. The key holds every header, the signed identity included, so callers who
  // could get different answers never share one; nothing is kept once the answer arrives.
  const inFlight = new Map<string, Promise<SubgraphAnswer>>();
  const recorded = options.neverShared.length > 0 ? new RegExp(`\\b(${options.neverShared.join('|')})\\b`) : null;
  // A handful of subgraph URLs, parsed once rather than per fetch.
  const targets = new Map<string, URL>();
  return (url, request) => {
    if (!isQuery(request.body) || recorded?.test(request.body)) return send(url, request);
    const key = shareKey(url, request.headers, request.body);
    let answer = inFlight.get(key);
    if (!answer) {
      answer = send(url, request).finally(() => inFlight.delete(key));
      inFlight.set(key, answer);
    }
    return answer;
  };

  function send(url: string, init: SubgraphRequest): Promise<SubgraphAnswer> {
    return new Promise<SubgraphAnswer>((resolve, reject) => {
      let target = targets.get(url);
      if (!target) targets.set(url, (target = new URL(url)));
      const secure = target.protocol === 'https:';
      const request = (secure ? https : http).request(
        target,
        { method: 'POST', headers: init.headers, agent: agents[secure ? 'https:' : 'http:'], timeout: init.timeoutMs ?? options.timeoutMs },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: response.headers, body: Buffer.concat(chunks) }));
        },
      );
      // Named by its code, so the data source can tell the caller a timeout from a refusal.
      request.on('timeout', () => request.destroy(Object.assign(new Error(`no answer from ${target.host} within ${init.timeoutMs ?? options.timeoutMs} ms`), { code: 'SUBGRAPH_TIMEOUT' })));
      request.on('error', reject);
      request.end(init.body);
    });
  }
}
