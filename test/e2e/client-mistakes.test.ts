import { postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

/**
 * Requests that are the caller's to fix get a 4xx and a code that says so, never a 500, and
 * never reach the point where a malformed part of them could crash the process.
 */
const gateway = (body: unknown, headers: Record<string, string> = {}) => postGraphQL(stackInfo().gatewayUrl, body, headers);

/** `{"a":{"a":…1}}`, `levels` objects deep, as JSON text (too deep for this process to stringify). */
const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

async function postText(text: string) {
  const response = await fetch(stackInfo().gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  return { status: response.status, body: await response.json() };
}

const tooDeep = (member: string) => ({ status: 400, body: { errors: [{ message: `${member} is nested more than 16 levels deep; no request to this graph needs that many`, extensions: { code: 'BAD_USER_INPUT' } }] } });

describe('deeply nested JSON', () => {
  it('refuses variables 5,000 levels deep (30 KB) with BAD_USER_INPUT, and the gateway keeps answering', async () => {
    const body = `{"query":"{ countries { code } }","variables":{"a":${nested(5_000)}}}`;
    expect(body.length).toBeGreaterThan(29_000);
    expect(await postText(body)).toEqual(tooDeep('variables'));
    expect((await gateway({ query: '{ countries { code } }' })).status).toBe(200);
  });

  it.each([
    ['extensions', `{"query":"{ countries { code } }","extensions":${nested(5_000)}}`],
    ['query', `{"query":${nested(5_000)}}`],
  ])('refuses a deeply nested %s the same way', async (member, body) => {
    expect(await postText(body)).toEqual(tooDeep(member));
  });

  it('refuses it in a GET request too', async () => {
    const search = new URLSearchParams({ query: '{ countries { code } }', variables: `{"a":${nested(200)}}` });
    const response = await fetch(`${stackInfo().gatewayUrl}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect({ status: response.status, body: await response.json() }).toEqual(tooDeep('variables'));
  });

  it('answers 16 levels', async () => {
    const { status, body } = await postText(`{"query":"{ countries { code } }","variables":{"a":${nested(15)}}}`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

describe('an operation that cannot be executed', () => {
  it.each([
    ['an operation name the document lacks', { query: 'query A { countries { code } }', operationName: 'B' }, 'Unknown operation named "B": the document has no operation of that name', 'OPERATION_RESOLUTION_FAILURE'],
    ['two operations and no name', { query: 'query A { countries { code } } query B { countries { name } }' }, 'The document has 2 operations: name the one to execute in operationName', 'OPERATION_RESOLUTION_FAILURE'],
    ['a subscription', { query: 'subscription { countries { code } }' }, 'This graph has no subscriptions: send a query or a mutation', 'GRAPHQL_VALIDATION_FAILED'],
  ])('refuses %s with 400 and a client code', async (_what, body, message, code) => {
    expect(await gateway(body)).toEqual({ status: 400, body: { errors: [{ message, extensions: { code, requestId: expect.any(String) } }] } });
  });
});

describe("a subgraph's own refusals", () => {
  it('answer a request without the gateway identity with 401 and no stack trace', async () => {
    const { status, body } = await postGraphQL(stackInfo().subgraphUrls.kp2mi!, { query: '{ countries { code } }' });
    expect(status).toBe(401);
    expect(body.errors).toEqual([{ message: expect.stringMatching(/identity/i), extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('reach the caller through the gateway with their own code and field, not as an internal error', async () => {
    const { status, body } = await gateway({ query: '{ worker(id: "nope") { id } }' }, stackInfo().defaultHeaders);
    expect({ status, body }).toEqual({
      status: 200,
      body: { data: { worker: null }, errors: [{ message: expect.stringMatching(/nope/), path: ['worker'], extensions: { code: 'BAD_USER_INPUT', field: 'id', requestId: expect.any(String), serviceName: 'kp2mi' } }] },
    });
  });
});
