import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLScalarType } from 'graphql';
import { inputCheckPlugin } from '../../lib/graphql/input-check-plugin';
import { operationPlugin } from '../../lib/graphql/operation-plugin';
import { GRAPH_SCALARS } from '../../lib/graphql/scalars';

/**
 * The gateway's view of the graph: its custom scalars come from the supergraph and accept
 * anything (as here), so only the plugin stands between a bad value and a subgraph.
 */
const schema = buildSchema(`
  scalar Date
  scalar DateTime
  input Period { from: Date, to: Date, notes: [String!] }
  input Search { name: String, periods: [Period!], at: DateTime }
  type Item { id: ID!, name(locale: String): String }
  type Query {
    items(search: Search, first: Int, after: String): [Item!]!
    item(id: ID!): Item
    since(at: DateTime!): [Item!]!
  }
  type Mutation { rename(id: ID!, name: String!): Item }
`);

const resolved: string[] = [];
const server = new ApolloServer({
  schema,
  plugins: [operationPlugin(), inputCheckPlugin({ scalars: GRAPH_SCALARS })],
  rootValue: { items: () => (resolved.push('items'), []), item: () => (resolved.push('item'), { id: '1', name: 'x' }), since: () => (resolved.push('since'), []), rename: () => (resolved.push('rename'), null) },
});
beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => resolved.splice(0));

async function run(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const response = await server.executeOperation({ query, variables, operationName });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { errors, data } = response.body.singleResult;
  return { status: response.http.status ?? 200, cacheControl: response.http.headers.get('cache-control'), errors: errors?.map(({ message, extensions }) => ({ message, code: extensions?.code, field: extensions?.field })), data };
}

const refused = (field: string, message: string) => ({ status: 400, cacheControl: 'no-store', errors: [{ message, code: 'BAD_USER_INPUT', field }], data: undefined });

describe('input check', () => {
  it.each([
    ['a literal', '{ items(search: { periods: [{ from: "2025-01-01" }, { to: "2025-02-30" }] }) { id } }', undefined],
    ['a variable holding the whole input', 'query($s: Search) { items(search: $s) { id } }', { s: { periods: [{ from: '2025-01-01' }, { to: '2025-02-30' }] } }],
    ['a variable inside a literal list', 'query($to: Date) { items(search: { periods: [{ from: "2025-01-01" }, { to: $to }] }) { id } }', { to: '2025-02-30' }],
    ['a variable default', 'query($to: Date = "2025-02-30") { items(search: { periods: [{}, { to: $to }] }) { id } }', undefined],
  ])('refuses a date that does not exist given as %s, naming its place, before anything resolves', async (_how, query, variables) => {
    expect(await run(query, variables)).toEqual(refused('search.periods[1].to', 'to is not a valid Date: Date 2025-02-30 does not exist'));
    expect(resolved).toEqual([]);
  });

  it.each([
    ['without an offset', '2025-10-08T09:30:00', 'DateTime must be an ISO 8601 instant with an offset, such as 2025-10-08T09:30:00Z; got "2025-10-08T09:30:00"'],
    ['on a day that does not exist', '2025-02-30T09:30:00Z', 'Date 2025-02-30 does not exist'],
    ['as a number', 1759915800000, 'DateTime must be an ISO 8601 instant with an offset, such as 2025-10-08T09:30:00Z; got 1759915800000'],
  ])('refuses a DateTime %s', async (_how, at, reason) => {
    expect(await run('query($at: DateTime!) { since(at: $at) { id } }', { at })).toEqual(refused('at', `at is not a valid DateTime: ${reason}`));
    expect(await run('query($s: Search) { items(search: $s) { id } }', { s: { at } })).toEqual(refused('search.at', `at is not a valid DateTime: ${reason}`));
  });

  it('checks the arguments of fields inside fragments the operation spreads, and leaves other operations alone', async () => {
    const document = 'query A { item(id: "1") { ...F } } query B { item(id: "\\u0000") { id } } fragment F on Item { name(locale: "id\\u0007") }';
    expect(await run(document, undefined, 'A')).toEqual(refused('locale', 'locale must not contain control characters (U+0007 at character 3)'));
    expect((await run('query A { item(id: "1") { id } } query B { item(id: "\\u0000") { id } }', undefined, 'A')).errors).toBeUndefined();
  });

  it('refuses control characters and lone surrogates in mutation variables and passes good text through', async () => {
    expect(await run('mutation($n: String!) { rename(id: "1", name: $n) { id } }', { n: 'Budi \ud83d Santoso' })).toEqual(refused('name', 'name is not valid Unicode text (a lone surrogate at character 6)'));
    expect(await run('mutation($n: String!) { rename(id: "1", name: $n) { id } }', { n: 'Budi 😀 Santoso' })).toMatchObject({ status: 200, errors: undefined, data: { rename: null } });
    expect(resolved).toEqual(['rename']);
  });

  it("leaves a value of the wrong type to graphql's own coercion, and directive arguments alone", async () => {
    expect((await run('query($x: Int) { items(first: $x) { id } }', { x: 'abc' })).errors).toEqual([
      { message: 'Variable "$x" got invalid value "abc"; Int cannot represent non-integer value: "abc"', code: 'BAD_USER_INPUT', field: undefined },
    ]);
    expect((await run('query($on: Boolean!) { item(id: "1") @include(if: $on) { id } }', { on: true })).errors).toBeUndefined();
  });

  it('parses with the scalars it is given: a scalar it does not know is only checked as text', async () => {
    const loose = new ApolloServer({ schema, plugins: [inputCheckPlugin({ scalars: { Date: new GraphQLScalarType({ name: 'Date' }) } })], rootValue: { since: () => [] } });
    await loose.start();
    const response = await loose.executeOperation({ query: 'query($at: DateTime!) { since(at: $at) { id } }', variables: { at: 'whenever' } });
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeUndefined();
    await loose.stop();
  });
});

describe('operation kinds', () => {
  it.each([
    ['an operation name the document lacks', 'query A { item(id: "1") { id } }', 'B', 'Unknown operation named "B": the document has no operation of that name', 'OPERATION_RESOLUTION_FAILURE'],
    ['several operations and no name', 'query A { item(id: "1") { id } } query B { item(id: "2") { id } }', undefined, 'The document has 2 operations: name the one to execute in operationName', 'OPERATION_RESOLUTION_FAILURE'],
    ['a subscription', 'subscription { items { id } }', undefined, 'This graph has no subscriptions: send a query or a mutation', 'GRAPHQL_VALIDATION_FAILED'],
  ])('refuses %s as the caller’s mistake (400)', async (_what, query, operationName, message, code) => {
    expect(await run(query, undefined, operationName)).toEqual({ status: 400, cacheControl: 'no-store', errors: [{ message, code, field: undefined }], data: undefined });
  });
});
