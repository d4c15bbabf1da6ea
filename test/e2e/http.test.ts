import { registeredTabs, savedQuestionTabs } from '../../gateway/explorer';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

const origin = (url: string) => new URL(url).origin;

describe('health endpoints', () => {
  it('reports the gateway and every subgraph live and ready', async () => {
    const { gatewayUrl, subgraphUrls } = stackInfo();
    const gateway = await fetch(`${origin(gatewayUrl)}/health/ready`);
    expect(gateway.status).toBe(200);
    const body = await gateway.json();
    expect(body.status).toBe('ready');
    expect(Object.keys(body.checks).sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    for (const url of Object.values(subgraphUrls)) {
      const live = await fetch(`${origin(url)}/health/live`);
      expect([live.status, await live.json()]).toEqual([200, { status: 'live' }]);
      const ready = await fetch(`${origin(url)}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { database: { ok: true, latencyMs: expect.any(Number) } } });
    }
  });
});

describe('the HTTP front of the gateway', () => {
  it('answers an unknown path with 404 naming where GraphQL is', async () => {
    const response = await fetch(`${origin(stackInfo().gatewayUrl)}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ message: 'No route for GET /nope; GraphQL is served at /graphql', extensions: { code: 'NOT_FOUND' } }] });
  });

  it('refuses a body over the limit with 413', async () => {
    const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query: `{ countries { code } } # ${'x'.repeat(1_100_000)}` });
    expect(status).toBe(413);
    expect(body).toEqual({ errors: [{ message: 'Request body is larger than the limit of 1000000 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await fetch(stackInfo().gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(body.errors[0].message).toMatch(/^Request body is not valid JSON: /);
  });

  it('answers a CORS preflight from any origin by default', async () => {
    const response = await fetch(stackInfo().gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://frontend.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
  });

  it('serves the explorer with every script and stylesheet inlined, so it works offline', async () => {
    const response = await fetch(stackInfo().gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<title>Satu Graf PMI explorer</title>');
    expect(html).toContain('renderYogaGraphiQL');
    // Nothing is fetched from elsewhere: no external script, stylesheet or icon.
    expect(html.match(/<(script|link)[^>]+(src|href)=["']https?:/gi)).toBeNull();
    expect(html).not.toMatch(/<link[^>]+href=["'](?!data:)/i);
  });

  it('opens with the registered queries as ready-made examples, a tab per client', async () => {
    const html = await (await fetch(stackInfo().gatewayUrl, { headers: { accept: 'text/html' } })).text();
    const tabs = registeredTabs();
    expect(tabs.map((tab) => /operations\/([\w-]+)/.exec(tab.query)![1])).toEqual(expect.arrayContaining(['contract', 'job-portal', 'officer-desk']));
    // The page carries each tab's text as the options it renders GraphiQL with.
    for (const tab of tabs) expect(html).toContain(JSON.stringify(tab.query).slice(1, -1));
    expect(html).toContain('query OpenPositions(');
    expect(html).not.toContain('mutation RegisterWorker');
  });

  it("offers each of the analysts' saved questions as a tab of its own, with example variables and how to export it", async () => {
    const html = await (await fetch(stackInfo().gatewayUrl, { headers: { accept: 'text/html' } })).text();
    const manifest = Object.entries(require('../../clients/typescript/src/generated/operations.json') as Record<string, { operation: string }>);
    const tabs = savedQuestionTabs(undefined, (name) => manifest.find(([, entry]) => entry.operation === name)?.[0]);
    const names = tabs.map((tab) => /^# Saved question (\w+) /.exec(tab.query)![1]);
    expect(names).toEqual(expect.arrayContaining(['PlacementsByDimension', 'WorkersByDimension', 'ReturneeBusinesses']));
    const placements = tabs[names.indexOf('PlacementsByDimension')]!;
    expect(placements.variables).toBe('{"by": "COUNTRY", "startYear": 2025}');
    expect(placements.query).toMatch(/^# Every row as a spreadsheet: POST \/export \{"documentId":"sha256:[0-9a-f]{64}","variables":\{"by":"COUNTRY","startYear":2025\},"format":"csv"\}$/m);
    for (const tab of tabs) {
      expect(html).toContain(JSON.stringify(tab.query).slice(1, -1));
      expect(html).toContain(JSON.stringify(tab.variables).slice(1, -1));
    }
    // Analysts' questions are not repeated in a tab of their client.
    expect(registeredTabs().some((tab) => tab.query.includes('query PlacementsByDimension('))).toBe(false);
  });
});
