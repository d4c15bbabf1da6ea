import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDENTITY_HEADER, signIdentity, verifyIdentity, type Identity } from '../../lib/identity';

/**
 * The floor: what the subgraph fetches of an operation's query plan cost when called directly.
 * A gateway is pointed at recording proxies once per operation and set of variables; the
 * recorded fetches are then replayed straight to the subgraphs in the same waves (a fetch
 * that started after another ended waits for it; the others run together), so the
 * difference between a gateway's latency and this floor is the gateway's own work.
 */
export interface CapturedFetch {
  subgraph: string;
  target: string;
  body: string;
  identity: Identity;
  start: number;
  end: number;
}

export interface CaptureProxies {
  /** Subgraph name to the proxy URL that stands in for it. */
  urls: Record<string, string>;
  /** The fetches recorded since the last call, in order of start. */
  take(): CapturedFetch[];
  stop(): Promise<void>;
}

export async function startCaptureProxies(subgraphUrls: Record<string, string>, identitySecret: string): Promise<CaptureProxies> {
  let captured: CapturedFetch[] = [];
  const servers: Server[] = [];
  const urls: Record<string, string> = {};
  for (const [subgraph, target] of Object.entries(subgraphUrls)) {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const identityHeader = String(req.headers[IDENTITY_HEADER] ?? '');
        const start = performance.now();
        const response = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identityHeader }, body });
        const text = await response.text();
        captured.push({ subgraph, target, body, identity: verifyIdentity(identityHeader, identitySecret), start, end: performance.now() });
        res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
        res.end(text);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    urls[subgraph] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }
  return {
    urls,
    take: () => {
      const taken = captured.sort((a, b) => a.start - b.start);
      captured = [];
      return taken;
    },
    stop: async () => {
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}

/** Groups fetches into waves: each fetch goes in the wave after the last one that ended before it started. */
export function waves(fetches: CapturedFetch[]): CapturedFetch[][] {
  const waveOf = new Map<CapturedFetch, number>();
  for (const fetch of fetches) {
    const before = fetches.filter((other) => other !== fetch && other.end <= fetch.start).map((other) => waveOf.get(other) ?? 0);
    waveOf.set(fetch, before.length === 0 ? 0 : Math.max(...before) + 1);
  }
  const result: CapturedFetch[][] = [];
  for (const [fetch, wave] of waveOf) (result[wave] ??= []).push(fetch);
  return result.filter(Boolean);
}

/** Replays the fetches of one operation straight to the subgraphs; the wall time in ms. */
export async function replay(plan: CapturedFetch[][], identitySecret: string): Promise<number> {
  const started = performance.now();
  for (const wave of plan) {
    await Promise.all(
      wave.map(async (fetch) => {
        const response = await globalThis.fetch(fetch.target, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(fetch.identity, identitySecret) },
          body: fetch.body,
        });
        const text = await response.text();
        if (response.status !== 200 || text.includes('"errors"')) throw new Error(`replayed fetch to ${fetch.subgraph} failed: ${text.slice(0, 200)}`);
      }),
    );
  }
  return performance.now() - started;
}
