import http from 'node:http';
import https from 'node:https';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

/**
 * How the gateway talks to subgraphs: one keep-alive connection pool per protocol and plain
 * node:http requests, with identical queries in flight sent once. @apollo/gateway's default
 * fetcher (make-fetch-happen) adds HTTP cache, proxy and retry layers the gateway never uses,
 * which the benchmark showed cost a large share of the gateway's CPU (README, "Performance").
 */
class ResponseHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: http.IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const current = this.map.get(key);
    this.map.set(key, current === undefined ? value : `${current}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly body: Buffer,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString('utf8');
  }
  async json(): Promise<any> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }
  clone(): FetcherResponse {
    return new SubgraphResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

export interface SubgraphFetcherOptions {
  /** Longest the subgraph may stay silent (socket idle time); past it the fetch fails and its part of the answer is null. */
  timeoutMs: number;
  /**
   * Field names whose reads must reach the subgraph once per client request (personal data and
   * the audit trail: each read goes on record with its own request id), so never shared.
   */
  neverShared: readonly string[];
}

interface Answer {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** The gateway writes a subgraph query as `{"query":"query …`; anything else (mutations) is never shared. */
const isQuery = (body: FetcherRequestInit['body']): body is string => typeof body === 'string' && body.startsWith('{"query":"query');

/** The request id differs per client request and only labels logs: it is not part of what is asked. */
function shareKey(url: string, headers: Record<string, string>, body: string): string {
  let key = url;
  for (const name of Object.keys(headers).sort()) if (name.toLowerCase() !== 'x-request-id') key += `\n${name}:${headers[name]}`;
  return `${key}\n${body}`;
}

export function subgraphFetcher(options: SubgraphFetcherOptions): Fetcher {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 256 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 256 }),
  };
  // Identical queries to the same subgraph in flight at the same time are sent once and the
  // answer shared. The key holds every header, the signed identity included, so callers who
  // could get different answers never share one; nothing is kept once the answer arrives.
  const inFlight = new Map<string, Promise<Answer>>();
  const recorded = options.neverShared.length > 0 ? new RegExp(`\\b(${options.neverShared.join('|')})\\b`) : null;
  return async (url: string, init: FetcherRequestInit = {}) => {
    if (!isQuery(init.body) || recorded?.test(init.body)) return toResponse(url, await send(url, init));
    const key = shareKey(url, init.headers ?? {}, init.body);
    let answer = inFlight.get(key);
    if (!answer) {
      answer = send(url, init).finally(() => inFlight.delete(key));
      inFlight.set(key, answer);
    }
    return toResponse(url, await answer);
  };

  function toResponse(url: string, answer: Answer): FetcherResponse {
    return new SubgraphResponse(url, answer.status, answer.statusText, new ResponseHeaders(answer.headers), answer.body);
  }

  function send(url: string, init: FetcherRequestInit): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const request = (secure ? https : http).request(
        target,
        { method: init.method ?? 'GET', headers: init.headers, agent: agents[secure ? 'https:' : 'http:'], timeout: options.timeoutMs },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: response.headers, body: Buffer.concat(chunks) }));
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer from ${target.host} within ${options.timeoutMs} ms`)));
      request.on('error', reject);
      request.end(init.body);
    });
  }
}
