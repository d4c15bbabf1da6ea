import { readFileSync } from 'node:fs';
import { envPrefix } from '../../gateway/config';
import { freePort } from '../../scripts/lib/ports';
import { waitFor } from '../../scripts/lib/wait';
import type { Connection } from 'mongoose';
import { openDatabase, postGraphQL } from './support/clients';
import { withAuditWritesRefused } from './support/refused-audit-writes';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process';
import { stackInfo } from './support/stack-info';

const REQUEST_ID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

const gateway = (body: unknown) => postGraphQL(stackInfo().gatewayUrl, body);

/** A refusal by a query limit, as the client receives it. */
function limitRefusal(code: string, message: string, limit: number, found?: number) {
  const extensions = { code, limit, ...(found === undefined ? {} : { found }), requestId: REQUEST_ID };
  return { status: 400, body: { errors: [{ message, extensions }] } };
}

/** Products, their export markets and those markets' products, `rounds` times over, ending in `leaf`. */
function nestedProducts(rounds: number, leaf: string): string {
  let selection = leaf;
  for (let i = 0; i < rounds; i++) selection = `marketedProducts(first: 1) { edges { node { ${i === 0 ? selection : `markets { ${selection} }`} } } }`;
  return `{ products(first: 1) { edges { node { markets { ${selection} } } } } }`;
}

describe('query depth (QUERY_MAX_DEPTH, 12)', () => {
  // products 1, edges 2, node 3, markets 4, marketedProducts 5, edges 6, node 7, markets 8, marketedProducts 9, edges 10, node 11, name 12
  const twelve = nestedProducts(2, 'name');
  const thirteen = nestedProducts(2, 'business { name }');

  it('answers an operation 12 levels deep', async () => {
    const { status, body } = await gateway({ query: twelve });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.products.edges).toHaveLength(1);
  });

  it('refuses one 13 levels deep, with the limit and the depth found', async () => {
    expect(await gateway({ query: thirteen })).toEqual(limitRefusal('QUERY_TOO_DEEP', 'The operation is nested 13 levels deep; the limit is 12', 12, 13));
  });

  it('counts levels inside named and inline fragments', async () => {
    const query = `query { products(first: 1) { edges { node { ...Markets } } } }
      fragment Markets on Product { markets { ... on Country { marketedProducts(first: 1) { edges { node { ...MoreMarkets } } } } } }
      fragment MoreMarkets on Product { markets { ... on Country { marketedProducts(first: 1) { edges { node { business { name } } } } } } }`;
    expect(await gateway({ query })).toEqual(limitRefusal('QUERY_TOO_DEEP', 'The operation is nested 13 levels deep; the limit is 12', 12, 13));
  });

  it('still answers the introspection query of the explorer', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const { status, body } = await gateway({ query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }) });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType).toEqual({ kind: 'OBJECT', name: 'Query' });
  });
});

describe('aliases (QUERY_MAX_ALIASES, 30)', () => {
  const aliased = (n: number) => `{ countries { ${Array.from({ length: n }, (_, i) => `a${i}: code`).join(' ')} } }`;

  it('answers 30 aliases', async () => {
    const { status, body } = await gateway({ query: aliased(30) });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data.countries[0])).toHaveLength(30);
  });

  it('refuses 31', async () => {
    expect(await gateway({ query: aliased(31) })).toEqual(limitRefusal('TOO_MANY_ALIASES', 'The operation has 31 aliases; the limit is 30', 30, 31));
  });
});

describe('cost (QUERY_MAX_COST, 10000)', () => {
  // products 1 + 100 × (edges 1 + node 1 + markets 1 + marketedProducts (1 + $m × totalCount 1)) = 1 + 100 × (4 + $m)
  const query = 'query Cost($m: Int!) { products(first: 100) { edges { node { markets { marketedProducts(first: $m) { totalCount } } } } } }';

  it('answers an operation costing 9901, its page size read from a variable', async () => {
    const { status, body } = await gateway({ query, variables: { m: 95 } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.products.edges).toHaveLength(100);
  });

  it('refuses one costing 10001', async () => {
    const refusal = 'The operation costs 10001; the limit is 10000 (each field costs 1, times the page size of the connections it is in)';
    expect(await gateway({ query, variables: { m: 96 } })).toEqual(limitRefusal('QUERY_TOO_COSTLY', refusal, 10_000, 10_001));
  });

  it("counts a connection without first at the schema's default page size (20)", async () => {
    const { body } = await gateway({ query: '{ jobOpenings { edges { node { country { marketedProducts { edges { node { name markets { marketedProducts { totalCount } } } } } } } } } }' });
    // jobOpenings 1 + 20 × (edges, node, country 3 + marketedProducts (1 + 20 × (edges, node, name, markets 4 + marketedProducts (1 + 20 × totalCount 1))))
    expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COSTLY', limit: 10_000, found: 1 + 20 * (3 + (1 + 20 * (4 + 21))), requestId: REQUEST_ID });
  });
});

describe('tokens (QUERY_MAX_TOKENS, 2000)', () => {
  // `{ countries {`, `} }` and the fragment are 12 tokens, each spread 2, `code` 1. Repeating a
  // field instead would trip graphql-js's guard against costly field-merging validation.
  const tokens = (n: number) => `{ countries { ${n % 2 === 1 ? 'code ' : ''}${'...C '.repeat((n - 12 - (n % 2)) / 2)}} } fragment C on Country { name }`;

  it('answers an operation of 2000 tokens', async () => {
    const { status, body } = await gateway({ query: tokens(2000) });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('refuses one of 2001 with its own code', async () => {
    expect(await gateway({ query: tokens(2001) })).toEqual(limitRefusal('TOO_MANY_TOKENS', 'The operation has more than 2000 tokens; the limit is 2000', 2000));
  });
});

describe('body size (BODY_LIMIT_BYTES, 1000000)', () => {
  // Whitespace is no token: the query is padded to the exact body size.
  const padded = (bytes: number) => {
    const query = '{ countries { code } }';
    return { query: query + ' '.repeat(bytes - JSON.stringify({ query }).length) };
  };

  it('answers a body of exactly the limit', async () => {
    const body = padded(1_000_000);
    expect(JSON.stringify(body)).toHaveLength(1_000_000);
    const response = await gateway(body);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it('refuses one byte more with 413', async () => {
    expect(await gateway(padded(1_000_001))).toEqual({ status: 413, body: { errors: [{ message: 'Request body is larger than the limit of 1000000 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } });
  });
});

describe('variables', () => {
  const query = 'query Products($filter: ProductFilter) { products(first: 1, filter: $filter) { totalCount } }';

  it('refuses a key starting with $ at any depth, naming its path', async () => {
    expect(await gateway({ query, variables: { filter: { category: { $ne: null } } } })).toEqual({
      status: 400,
      body: { errors: [{ message: 'variables.filter.category.$ne: keys in variables must not start with "$"', extensions: { code: 'BAD_USER_INPUT' } }] },
    });
  });

  it('passes a string of 10000 characters on to the subgraph and refuses one of 10001, naming its path', async () => {
    // The subgraph's own rule for this field answers the first: the gateway let it through.
    const subgraphRefusal = { message: 'category must be at most 60 characters', path: ['products'], extensions: { code: 'BAD_USER_INPUT', field: 'filter.category', serviceName: 'koperasi-ukm', requestId: REQUEST_ID } };
    expect(await gateway({ query, variables: { filter: { category: 'x'.repeat(10_000) } } })).toEqual({ status: 200, body: { data: { products: null }, errors: [subgraphRefusal] } });
    expect(await gateway({ query, variables: { filter: { category: 'x'.repeat(10_001) } } })).toEqual({
      status: 400,
      body: { errors: [{ message: 'variables.filter.category is 10001 characters long; strings in variables are limited to 10000', extensions: { code: 'BAD_USER_INPUT' } }] },
    });
  });
});

describe('errors outside production', () => {
  it('carry the request id and their own message', async () => {
    const { body } = await gateway({ query: '{ products(first: 101) { totalCount } }' });
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'first must be at most 100; got 101. Page through the rest with after.', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', requestId: REQUEST_ID }) }),
    ]);
    expect(body.errors[0].extensions.stacktrace).toBeUndefined();
  });

  it('serve the explorer', async () => {
    const response = await fetch(stackInfo().gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});

describe('a production gateway (NODE_ENV=production)', () => {
  let production: GatewayProcess;
  let kp2mi: Connection;
  let logFile: string;
  let url: string;

  beforeAll(async () => {
    // ESDM is unreachable: its part of an answer is missing, and the caller is told so.
    const unreachable = `http://127.0.0.1:${await freePort()}/graphql`;
    // Its ad-hoc documents are what it is about: production would hold anonymous callers and
    // officers to registered documents (test/e2e/trusted-documents.test.ts), `log` lets them through.
    production = await startGatewayProcess('production', { NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'log', [`${envPrefix('esdm')}_URL`]: unreachable });
    ({ logFile, url } = production);
    kp2mi = await openDatabase('kp2mi');
  }, 40_000);
  afterAll(async () => {
    await kp2mi.close();
    await production.stop();
  });

  it('masks an internal error, and logs the original with the request id', async () => {
    const worker = String((await kp2mi.db!.collection('workers').findOne({}, { sort: { _id: 1 } }))!._id);
    const response = await withAuditWritesRefused(kp2mi, () => postGraphQL(url, { query: `{ worker(id: "${worker}") { nik } }` }, stackInfo().defaultHeaders));
    expect(response).toEqual({ status: 200, body: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: REQUEST_ID } }], data: { worker: { nik: null } } } });
    const { requestId } = response.body.errors[0].extensions;
    await waitFor('the masked error in the log', async () => {
      const logged = readFileSync(logFile, 'utf8').split('\n').filter((line) => line.includes(requestId) && line.includes('"level":"error"'));
      if (logged.length === 0) throw new Error('not logged yet');
      expect(JSON.parse(logged[0]!)).toEqual(expect.objectContaining({ msg: 'masked error', requestId, error: expect.stringMatching(/\S/) }));
    }, { timeoutMs: 5000 });
  });

  it("says which ministry's part is missing when a subgraph cannot be reached, naming no address", async () => {
    const response = await postGraphQL(url, { query: '{ countries { code } energyCourse(id: "000000000000000000000000") { id } }' });
    expect(response).toEqual({
      status: 200,
      body: {
        errors: [{ message: 'The esdm subgraph is unavailable (its connection was refused), so this part of the answer is missing', path: ['energyCourse'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'esdm', serviceName: 'esdm', requestId: REQUEST_ID } }],
        data: { countries: expect.any(Array), energyCourse: null },
      },
    });
  });

  it("answers the caller's mistakes with 400 and their own codes, unmasked", async () => {
    const officer = stackInfo().officerHeaders.KP2MI;
    const register = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
    const input = { nik: '3507335203950001', fullName: 'Siti Rahayu', sex: 'FEMALE', birthDate: '1995-02-30' };
    expect(await postGraphQL(url, { query: register, variables: { input } }, officer)).toEqual({
      status: 400,
      body: { errors: [{ message: 'birthDate is not a valid Date: Date 1995-02-30 does not exist', extensions: { code: 'BAD_USER_INPUT', field: 'input.birthDate', requestId: REQUEST_ID } }] },
    });
    expect(await postGraphQL(url, { query: register, variables: { input: { ...input, birthDate: '1995-03-14', fullName: 'Siti\u0000Rahayu' } } }, officer)).toEqual({
      status: 400,
      body: { errors: [{ message: 'fullName must not contain control characters (U+0000 at character 5)', extensions: { code: 'BAD_USER_INPUT', field: 'input.fullName', requestId: REQUEST_ID } }] },
    });
    expect(await postGraphQL(url, { query: 'query A { countries { code } }', operationName: 'B' })).toEqual({
      status: 400,
      body: { errors: [{ message: 'Unknown operation named "B": the document has no operation of that name', extensions: { code: 'OPERATION_RESOLUTION_FAILURE', requestId: REQUEST_ID } }] },
    });
  });

  it('keeps client-facing errors as they are', async () => {
    expect(await postGraphQL(url, { query: '{ countries { a: code b: code } }' }, {})).toEqual({ status: 200, body: { data: { countries: expect.any(Array) } } });
    const { body } = await postGraphQL(url, { query: '{ products(first: 101) { totalCount } }' });
    expect(body.errors).toEqual([expect.objectContaining({ message: 'first must be at most 100; got 101. Page through the rest with after.', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', requestId: REQUEST_ID }) })]);
    expect(await postGraphQL(url, { query: nestedProducts(2, 'business { name }') })).toEqual(limitRefusal('QUERY_TOO_DEEP', 'The operation is nested 13 levels deep; the limit is 12', 12, 13));
  });

  it('refuses introspection and serves no explorer', async () => {
    const { status, body } = await postGraphQL(url, { query: '{ __schema { queryType { name } } }' });
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: REQUEST_ID }) })]);
    expect(body.errors[0].message).toContain('introspection is not allowed');
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toContain('text/html');
  });
});
