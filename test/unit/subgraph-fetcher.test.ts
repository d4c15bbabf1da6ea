import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetcher } from '../../gateway/subgraph-fetcher';

/** A stand-in subgraph that counts requests and answers slowly, so concurrent ones overlap. */
let server: Server;
let url: string;
let received: { body: string; identity: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ body, identity: req.headers['x-satu-identity'] as string | undefined });
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=30, public' });
        res.end(JSON.stringify({ data: { n: received.length, echo: body.length } }));
      }, 30);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
});

const fetcher = subgraphFetcher({ timeoutMs: 2000, neverShared: ['nik', 'phone'] });
const init = (query: string, identity = 'alice', requestId = 'r1') => ({
  headers: { 'content-type': 'application/json', 'x-satu-identity': identity, 'x-request-id': requestId },
  body: JSON.stringify({ query, variables: {} }),
});

describe('the subgraph fetcher', () => {
  it('answers with status, headers and the body as received', async () => {
    const answer = await fetcher(url, init('query A{countries{code}}'));
    expect([answer.status, answer.statusText, answer.headers['cache-control']]).toEqual([200, 'OK', 'max-age=30, public']);
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ data: { n: 1, echo: expect.any(Number) } });
  });

  it('sends identical concurrent queries of one caller once and gives each the answer', async () => {
    const answers = await Promise.all([1, 2, 3].map((n) => fetcher(url, init('query A{countries{code}}', 'alice', `r${n}`))));
    expect(received).toHaveLength(1);
    const bodies = answers.map((answer) => JSON.parse(answer.body.toString('utf8')));
    expect(bodies).toEqual([{ data: { n: 1, echo: expect.any(Number) } }, bodies[0], bodies[0]]);
  });

  it('never shares between identities, with mutations, or for personal data', async () => {
    await Promise.all([fetcher(url, init('query A{x}', 'alice')), fetcher(url, init('query A{x}', 'bob'))]);
    expect(received.map((r) => r.identity).sort()).toEqual(['alice', 'bob']);
    received = [];
    await Promise.all([fetcher(url, init('mutation M{x}')), fetcher(url, init('mutation M{x}'))]);
    expect(received).toHaveLength(2);
    received = [];
    await Promise.all([fetcher(url, init('query W{_entities{...on Worker{nik}}}')), fetcher(url, init('query W{_entities{...on Worker{nik}}}'))]);
    expect(received).toHaveLength(2);
  });

  it('asks again once an answer has arrived: nothing is cached', async () => {
    await fetcher(url, init('query A{x}'));
    await fetcher(url, init('query A{x}'));
    expect(received).toHaveLength(2);
  });

  it('fails a fetch that takes longer than the timeout', async () => {
    const impatient = subgraphFetcher({ timeoutMs: 5, neverShared: [] });
    await expect(impatient(url, init('query A{x}'))).rejects.toThrow(/no answer from 127\.0\.0\.1:\d+ within 5 ms/);
  });

});
