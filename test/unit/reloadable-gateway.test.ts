import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { createLogger } from '../../lib/logger';
import { SubgraphBreakers } from '../../gateway/circuit-breaker';
import { buildGateway } from '../../gateway/gateway';
import { gatewayReadiness } from '../../gateway/readiness';
import { ReloadableGateway } from '../../gateway/reloadable-gateway';
import { subgraphConnections } from '../../gateway/subgraph-fetcher';
import { parseSupergraph } from '../../gateway/supergraph-file';
import { SUPERGRAPH_PATH } from '../../scripts/lib/composition';

const committed = readFileSync(SUPERGRAPH_PATH, 'utf8');

/** The committed supergraph with Koperasi-UKM routed to `url`. */
const routed = (url: string) => committed.replace(/@join__graph\(name: "koperasi-ukm", url: "[^"]*"\)/, `@join__graph(name: "koperasi-ukm", url: "${url}")`);
/** …and with a field the committed one does not have. */
const withLogoUrl = (text: string) => text.replace(/(\ntype KurBank\b[^{]*\{)/, '$1\n  logoUrl: String');

/** A stand-in Koperasi-UKM: answers every fetch with two banks and notes the path it was sent to. */
let subgraph: Server;
let origin: string;
let paths: string[] = [];

beforeAll(async () => {
  subgraph = createServer((req, res) => {
    paths.push(req.url ?? '');
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { kurBanks: [{ code: 'BRI', logoUrl: 'https://bri.example/logo.svg' }, { code: 'BNI', logoUrl: null }] } }));
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => subgraph.close(() => resolve())));

describe('the reloadable gateway', () => {
  const logger = createLogger('gateway', 'error');
  const connections = subgraphConnections();
  let gateway: ReloadableGateway;
  let server: ApolloServer;
  // Operations named Held wait in didResolveOperation (validated, not yet executed) until released.
  let reachedHold: () => void;
  let release: () => void;
  let held: Promise<void>;
  let reached: Promise<void>;
  const documents: DocumentNode[] = [];
  const holdPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          documents.push(document);
          if (request.operationName !== 'Held') return;
          reachedHold();
          await held;
        },
      };
    },
  };

  beforeEach(async () => {
    paths = [];
    documents.length = 0;
    held = new Promise((resolve) => (release = resolve));
    reached = new Promise((resolve) => (reachedHold = resolve));
    gateway = new ReloadableGateway(parseSupergraph(routed(`${origin}/a/graphql`), 'first'), {
      routes: (supergraph) => Object.fromEntries(supergraph.subgraphs.map(({ name, url }) => [name, url])),
      build: (supergraph, subgraphUrls) => buildGateway({ supergraphSdl: supergraph.sdl, subgraphUrls, identitySecret: 'an identity secret for the test', logger, subgraphPolicy: () => ({ timeoutMs: 2000, retries: 0 }), connections, breakers: new SubgraphBreakers(null, () => undefined) }),
    });
    server = new ApolloServer({ gateway, plugins: [holdPlugin], logger: { debug() {}, info() {}, warn() {}, error() {} } });
    await server.start();
  });
  afterEach(() => {
    release();
    return server.stop();
  });

  async function run(query: string, operationName?: string) {
    const response = await server.executeOperation({ query, operationName });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  }

  it('serves a new supergraph from the next operation on: its new field, at its new subgraph URL', async () => {
    const before = gateway.served();
    expect((await run('{ kurBanks { code logoUrl } }')).errors?.[0]?.message).toBe('Cannot query field "logoUrl" on type "KurBank".');

    await gateway.replace(parseSupergraph(withLogoUrl(routed(`${origin}/b/graphql`)), 'second'));

    expect(await run('{ kurBanks { code logoUrl } }')).toEqual({ data: { kurBanks: [{ code: 'BRI', logoUrl: 'https://bri.example/logo.svg' }, { code: 'BNI', logoUrl: null }] } });
    expect(paths).toEqual(['/b/graphql']);
    const after = gateway.served();
    expect(after.supergraph.sha256).not.toBe(before.supergraph.sha256);
    expect(after.routes['koperasi-ukm']).toBe(`${origin}/b/graphql`);
    expect(after.loadedAt.getTime()).toBeGreaterThanOrEqual(before.loadedAt.getTime());
  });

  it('finishes an operation validated before the swap on the supergraph it started on', async () => {
    const running = run('query Held { kurBanks { code } }', 'Held');
    await reached;
    await gateway.replace(parseSupergraph(withLogoUrl(routed(`${origin}/b/graphql`)), 'second'));
    expect((await run('{ kurBanks { code logoUrl } }')).errors).toBeUndefined();
    release();
    expect(await running).toEqual({ data: { kurBanks: [{ code: 'BRI' }, { code: 'BNI' }] } });
    expect(paths).toEqual(['/b/graphql', '/a/graphql']);
  });

  it('refuses a supergraph it cannot load and keeps serving the old one', async () => {
    const before = gateway.served();
    await expect(gateway.replace(parseSupergraph(`${committed}\nextend type Query { broken: NoSuchType }\n`, 'broken'))).rejects.toThrow('Unknown type NoSuchType');
    await expect(gateway.replace(parseSupergraph(committed.replace('join/v0.', 'join/v9.'), 'broken'))).rejects.toThrow(/unsupported join spec version v9\./);
    expect(() => parseSupergraph(`${committed}\nscalar Money\n`, 'broken')).toThrow('broken declares scalars the gateway cannot check: Money');
    expect(gateway.served()).toBe(before);
    expect(await run('{ kurBanks { code } }')).toEqual({ data: { kurBanks: [{ code: 'BRI' }, { code: 'BNI' }] } });
    expect(paths).toEqual(['/a/graphql']);
  });

  it('parses an operation again for a new schema, so nothing kept per parsed document outlives its supergraph', async () => {
    await run('{ kurBanks { code } }');
    await run('{ kurBanks { code } }');
    await gateway.replace(parseSupergraph(routed(`${origin}/b/graphql`), 'second'));
    await run('{ kurBanks { code } }');
    expect(documents).toHaveLength(3);
    // The same text is one parsed document while the schema stays, and a new one after a swap.
    expect(documents[1]).toBe(documents[0]);
    expect(documents[2]).not.toBe(documents[0]);
  });

  it('reports the served supergraph, its hash and when it was loaded, with the checks of its subgraphs', async () => {
    const report = await gatewayReadiness(gateway.served());
    expect(report.details).toEqual({ supergraph: { sha256: parseSupergraph(routed(`${origin}/a/graphql`), 'first').sha256, loadedAt: gateway.served().loadedAt.toISOString() } });
    expect(Object.keys(report.checks).sort()).toEqual(gateway.served().supergraph.subgraphs.map(({ name }) => name).sort());
  });
});
