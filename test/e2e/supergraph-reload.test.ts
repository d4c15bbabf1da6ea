import { createHash } from 'node:crypto';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { envPrefix } from '../../gateway/config';
import { composeSources, readSubgraphSchemas } from '../../scripts/lib/composition';
import { freePort } from '../../scripts/lib/ports';
import { startServiceProcess, type ServiceProcess } from '../../scripts/lib/processes';
import { waitFor } from '../../scripts/lib/wait';
import { postGraphQL } from './support/clients';
import { readLogLines } from './support/gateway-process';
import { stackInfo } from './support/stack-info';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long the stream runs before a supergraph is replaced, and after the gateway took it (or refused it). */
const STREAM_AROUND_MS = 1000;

/** The subgraph schemas of this checkout composed, `change` applied to Koperasi-UKM's first, and each subgraph routed to `routes`. */
function compose(routes: Record<string, string>, change: (sdl: string) => string = (sdl) => sdl): string {
  const sources = readSubgraphSchemas().map((source) => (source.entry.name === 'koperasi-ukm' ? { ...source, sdl: change(source.sdl) } : source));
  const result = composeSources(sources);
  if (!result.ok) throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.supergraph.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (_, name: string) => `@join__graph(name: "${name}", url: "${routes[name]}")`);
}

/** Koperasi-UKM's schema without `Product.unit` (and its description): a field the subgraph resolves, missing from the graph. */
function withoutProductUnit(sdl: string): string {
  const lines = sdl.split('\n');
  const type = lines.findIndex((line) => line.startsWith('type Product '));
  const field = lines.findIndex((line, index) => index > type && line.startsWith('  unit:'));
  const from = lines[field - 1]!.trim().startsWith('"') ? field - 1 : field;
  lines.splice(from, field - from + 1);
  return lines.join('\n');
}

/** Public queries over three subgraphs, one across two; the response cache is off, so each is planned and fetched. */
const STREAM = [
  '{ countries { code name } }',
  '{ esdmTrainingCenters { name } }',
  '{ products(first: 5) { edges { node { id name priceIdr markets { code name } business { name } } } } }',
  '{ kurBanks { code name } }',
];
const NEW_FIELD = '{ products(first: 1) { edges { node { id unit } } } }';

interface StreamResult {
  sent: number;
  failures: string[];
}

/** `connections` loops sending STREAM in turn, each waiting for its answer, until stopped or at `maxRequests` or `maxMs`. */
function steadyStream(url: string, { connections = 4, maxRequests = 5000, maxMs = 30_000 } = {}) {
  const result: StreamResult = { sent: 0, failures: [] };
  const deadline = Date.now() + maxMs;
  let stopped = false;
  const loop = async (offset: number) => {
    for (let n = offset; !stopped && result.sent < maxRequests && Date.now() < deadline; n += connections) {
      result.sent += 1;
      try {
        const { status, body } = await postGraphQL(url, { query: STREAM[n % STREAM.length] });
        if (status !== 200 || body.errors) result.failures.push(`${status} ${JSON.stringify(body).slice(0, 300)}`);
      } catch (err) {
        result.failures.push((err as Error).message);
      }
    }
  };
  const done = Promise.all(Array.from({ length: connections }, (_, offset) => loop(offset)));
  return {
    sent: () => result.sent,
    async stop(): Promise<StreamResult> {
      stopped = true;
      await done;
      return result;
    },
  };
}

/** Forwards every request to `target` and counts them: which supergraph routed a fetch here shows. */
async function countingProxy(target: string): Promise<{ url: string; forwarded: () => number; close: () => Promise<void> }> {
  let forwarded = 0;
  const server: Server = http.createServer((req, res) => {
    forwarded += 1;
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    forwarded: () => forwarded,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('a gateway taking a new supergraph without a restart', () => {
  const { dir, subgraphUrls, jwtSecret, identitySecret } = stackInfo();
  const folder = mkdtempSync(path.join(dir, 'supergraph-reload-'));
  const supergraphFile = path.join(folder, 'supergraph.graphql');
  let logFile: string;
  let gateway: ServiceProcess;
  let origin: string;
  let url: string;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let first: string;
  let second: string;

  /** As a deploy (or an editor) replaces a file: written beside it, then renamed over it. */
  function replaceSupergraph(text: string) {
    const temporary = path.join(folder, `.supergraph-${Date.now()}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, supergraphFile);
  }

  const readiness = async () => (await fetch(`${origin}/health/ready`)).json() as Promise<{ status: string; supergraph: { sha256: string; loadedAt: string } }>;
  const logLines = () => readLogLines(logFile);

  beforeAll(async () => {
    proxy = await countingProxy(subgraphUrls['koperasi-ukm']!);
    // The supergraph's routing URLs of the subgraphs with a `<PREFIX>_URL` lead nowhere:
    // any fetch that did not go where the variable says would fail.
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const routes = Object.fromEntries(Object.keys(subgraphUrls).filter((name) => name !== 'koperasi-ukm').map((name) => [name, nowhere]));
    first = compose({ ...routes, 'koperasi-ukm': subgraphUrls['koperasi-ukm']! }, withoutProductUnit);
    second = compose({ ...routes, 'koperasi-ukm': proxy.url });
    writeFileSync(supergraphFile, first);

    const port = await freePort();
    const overrides = Object.fromEntries(Object.keys(routes).map((name) => [`${envPrefix(name)}_URL`, subgraphUrls[name]!]));
    const env: NodeJS.ProcessEnv = { ...process.env, ...overrides, PORT: String(port), AUTH_JWT_SECRET: jwtSecret, IDENTITY_SECRET: identitySecret, SUPERGRAPH_PATH: supergraphFile, RESPONSE_CACHE: 'false', LOG_LEVEL: 'info' };
    // Koperasi-UKM is reached at the supergraph's routing URL, so a change of it shows.
    delete env.KOPERASI_UKM_URL;
    delete env.SUPERGRAPH_URL;
    logFile = path.join(dir, `gateway-reload-${port}.log`);
    gateway = startServiceProcess('gateway', 'gateway/index.ts', env, logFile);
    origin = `http://127.0.0.1:${port}`;
    url = `${origin}/graphql`;
    await waitFor('the reloading gateway', async () => {
      if ((await fetch(`${origin}/health/ready`)).status !== 200) throw new Error('not ready');
    }, { timeoutMs: 30_000, abort: gateway.exited });
  }, 40_000);
  afterAll(async () => {
    await gateway?.stop();
    await proxy?.close();
  });

  it('starts on the first supergraph, and says so in /health/ready', async () => {
    const ready = await readiness();
    expect(ready).toEqual(expect.objectContaining({ status: 'ready', supergraph: { sha256: sha256(first), loadedAt: expect.any(String) } }));
    expect(new Date(ready.supergraph.loadedAt).toISOString()).toBe(ready.supergraph.loadedAt);
    const { status, body } = await postGraphQL(url, { query: NEW_FIELD });
    expect(status).toBe(400);
    expect(body.errors[0].message).toBe('Cannot query field "unit" on type "Product".');
  });

  it('swaps in a new supergraph under a steady stream of requests: none fails, the new field answers, fetches go to the new URL', async () => {
    const before = await readiness();
    const stream = steadyStream(url);
    await sleep(STREAM_AROUND_MS);
    expect(stream.sent()).toBeGreaterThan(20);
    expect(proxy.forwarded()).toBe(0);

    const replacedAt = performance.now();
    replaceSupergraph(second);
    let answered: { status: number; body: any } | undefined;
    await waitFor('the new field', async () => {
      answered = await postGraphQL(url, { query: NEW_FIELD });
      if (answered.status !== 200) throw new Error(`still ${answered.status}`);
    }, { timeoutMs: 15_000, intervalMs: 20 });
    const tookMs = Math.round(performance.now() - replacedAt);
    const sentAtSwap = stream.sent();
    await sleep(STREAM_AROUND_MS);
    const { sent, failures } = await stream.stop();

    const reloaded = logLines().find((line) => line.msg === 'supergraph reloaded');
    console.log(`reload took ${tookMs} ms from the rename to the new field answering (the gateway's own reload: ${reloaded?.ms} ms); ${sent} requests sent, ${sent - sentAtSwap} after it`);
    expect(failures).toEqual([]);
    expect(sent - sentAtSwap).toBeGreaterThan(20);
    expect(answered!.body).toEqual({ data: { products: { edges: [{ node: { id: expect.any(String), unit: expect.any(String) } }] } } });
    expect(proxy.forwarded()).toBeGreaterThan(0);
    expect(reloaded).toEqual(expect.objectContaining({ level: 'info', previous: sha256(first), sha256: sha256(second), supergraph: supergraphFile }));
    const after = await readiness();
    expect(after.supergraph.sha256).toBe(sha256(second));
    expect(Date.parse(after.supergraph.loadedAt)).toBeGreaterThan(Date.parse(before.supergraph.loadedAt));
  }, 60_000);

  it.each([
    // As a file read half written: it ends just inside a type.
    ['cut short (does not parse)', () => second.slice(0, second.indexOf('{', second.indexOf('\ntype Product')) + 1), /^Syntax Error: Expected Name, found <EOF>/],
    ['valid GraphQL but not a valid supergraph', () => `${second}\nextend type Query { broken: NoSuchType }\n`, /Unknown type NoSuchType/],
  ])(
    'refuses a supergraph that is %s under a steady stream of requests: none fails, the old one serves on, the error is logged',
    async (_kind, broken, reason) => {
      const text = broken();
      const stream = steadyStream(url);
      await sleep(STREAM_AROUND_MS);
      const sentBefore = stream.sent();
      replaceSupergraph(text);
      await waitFor('the refusal in the log', async () => {
        if (!logLines().some((line) => line.msg === 'supergraph refused, still serving the previous one' && line.sha256 === sha256(text))) throw new Error('not logged yet');
      }, { timeoutMs: 15_000 });
      const sentAtRefusal = stream.sent();
      await sleep(STREAM_AROUND_MS);
      const { sent, failures } = await stream.stop();

      expect(failures).toEqual([]);
      expect(Math.min(sentBefore, sent - sentAtRefusal)).toBeGreaterThan(20);
      const refusal = logLines().find((line) => line.sha256 === sha256(text))!;
      expect(refusal).toEqual(expect.objectContaining({ level: 'error', supergraph: supergraphFile, serving: sha256(second), reason: expect.stringMatching(reason) }));
      expect((await readiness()).supergraph.sha256).toBe(sha256(second));
      const { status, body } = await postGraphQL(url, { query: NEW_FIELD });
      expect([status, body.errors]).toEqual([200, undefined]);
    },
    60_000,
  );
});
