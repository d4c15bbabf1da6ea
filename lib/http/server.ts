import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import { HttpError } from './http-error';
import type { ReadinessCheck } from './health';

/** A handler of one path besides GraphQL and health: the gateway's export and dashboard. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, search: string) => Promise<void>;

export interface HttpServerOptions {
  /** Path of the GraphQL endpoint, e.g. `/graphql`. */
  graphqlPath: string;
  graphql: (req: IncomingMessage, res: ServerResponse, search: string) => Promise<void>;
  readiness: ReadinessCheck;
  /** Further paths, each answered by its handler (an HttpError it throws is answered as JSON). */
  routes?: Readonly<Record<string, RouteHandler>>;
  /** Prometheus text served at `/metrics`, when given. */
  metrics?: () => string;
  /** Allowed CORS origins; `*` allows any. Empty: no CORS headers. */
  corsOrigins: string[];
  logger: Logger;
}

// Servers of this process that are shutting down (lib/service.ts): unready, and closing each connection after its answer.
const draining = new WeakSet<http.Server>();

/** Marks `server` as shutting down: `/health/ready` answers 503, and every answer closes its connection. */
export function startDraining(server: http.Server): void {
  draining.add(server);
}

/**
 * The one HTTP front of every process: `/health/live`, `/health/ready`, the GraphQL endpoint and
 * the process's own `routes`. Everything else is a 404.
 */
export function createHttpServer(options: HttpServerOptions): http.Server {
  const { graphqlPath, graphql, readiness, corsOrigins, logger, metrics, routes = {} } = options;
  const server = http.createServer((req, res) => {
    const [path = '/', query] = (req.url ?? '/').split('?', 2);
    const search = query === undefined ? '' : `?${query}`;
    applyCors(req, res, corsOrigins);
    // A load balancer's next request goes to another replica; this one's in-flight requests still finish.
    if (draining.has(server)) res.setHeader('connection', 'close');
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    const route = routeFor(path, graphqlPath);
    const handle = async () => {
      if (route === 'live') return sendJson(res, 200, { status: 'live' });
      if (route === 'ready' && draining.has(server)) return sendJson(res, 503, { status: 'shutting down' });
      if (route === 'ready') {
        const report = await readiness();
        return sendJson(res, report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready', checks: report.checks, ...report.details });
      }
      if (route === 'graphql') return graphql(req, res, search);
      const own = Object.hasOwn(routes, path) ? routes[path] : undefined;
      if (own) return own(req, res, search);
      if (route === 'metrics' && metrics) {
        res.setHeader('content-type', 'text/plain; version=0.0.4');
        res.end(metrics());
        return;
      }
      throw new HttpError(404, 'NOT_FOUND', `No route for ${req.method} ${path}; GraphQL is served at ${graphqlPath}`);
    };
    handle().catch((err: unknown) => {
      if (err instanceof HttpError) {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        for (const [name, value] of Object.entries(err.headers)) res.setHeader(name, value);
        sendJson(res, err.status, { errors: [{ message: err.message, extensions: { ...err.extensions, code: err.code } }] });
        return;
      }
      logger.error('request failed', { err, path });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  });
  // Keep connections from the gateway (and load balancers) open longer than their idle timeouts.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

function routeFor(path: string, graphqlPath: string): 'live' | 'ready' | 'graphql' | 'metrics' | undefined {
  if (path === '/health/live') return 'live';
  if (path === '/metrics') return 'metrics';
  if (path === '/health/ready') return 'ready';
  if (path === graphqlPath || path === `${graphqlPath}/`) return 'graphql';
  return undefined;
}

function applyCors(req: IncomingMessage, res: ServerResponse, origins: string[]): void {
  const origin = req.headers.origin;
  if (origins.length === 0 || origin === undefined) return;
  if (origins.includes('*')) res.setHeader('access-control-allow-origin', '*');
  else if (origins.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'origin');
  } else return;
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? 'content-type, authorization');
    res.setHeader('access-control-max-age', '600');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
