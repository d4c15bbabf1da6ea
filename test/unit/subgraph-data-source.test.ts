import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../../gateway/context';
import { cacheHintOf, SubgraphDataSource } from '../../gateway/subgraph-data-source';
import type { SubgraphAnswer, SubgraphRequest } from '../../gateway/subgraph-fetcher';
import { IDENTITY_HEADER, verifyIdentity, type Identity } from '../../lib/identity';

const secret = 'a shared secret of the gateway and subgraphs';
const identity: Identity = { sub: 'kp2mi-officer', ministry: 'KP2MI', roles: ['officer'], scopes: [], purpose: null };
const URL = 'http://127.0.0.1:4001/graphql';

/** The fetcher is the data source's only outside: a recording stand-in that answers as told. */
function source(answer: Partial<SubgraphAnswer> & { json?: unknown }) {
  const sent: SubgraphRequest[] = [];
  const body = answer.body ?? Buffer.from(JSON.stringify(answer.json ?? { data: { ok: true } }));
  const dataSource = new SubgraphDataSource({
    name: 'kp2mi',
    url: URL,
    identitySecret: secret,
    fetch: async (url, request) => {
      expect(url).toBe(URL);
      sent.push(request);
      return { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, ...answer, body };
    },
  });
  return { dataSource, sent };
}

function operation(context: GatewayContext, restrict = jest.fn()) {
  const options = {
    kind: 'incoming operation',
    request: { query: 'query Q($id: ID!) { worker(id: $id) { id } }', variables: { id: 'w1' }, operationName: 'Q' },
    context,
    incomingRequestContext: { overallCachePolicy: { restrict } },
  };
  return options as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

describe('the subgraph data source', () => {
  it('posts the plan operation with the request id and one signed identity per client request', async () => {
    const { dataSource, sent } = source({ json: { data: { worker: { id: 'w1' } } } });
    const context: GatewayContext = { requestId: 'req-1', identity, client: null };

    const answers = [await dataSource.process(operation(context)), await dataSource.process(operation(context))];

    expect(answers).toEqual([{ data: { worker: { id: 'w1' } } }, { data: { worker: { id: 'w1' } } }]);
    expect(JSON.parse(sent[0]!.body)).toEqual({ query: 'query Q($id: ID!) { worker(id: $id) { id } }', variables: { id: 'w1' }, operationName: 'Q' });
    // The fetcher recognises a query it may share by how the body starts.
    expect(sent[0]!.body.startsWith('{"query":"query')).toBe(true);
    expect(sent[0]!.headers['x-request-id']).toBe('req-1');
    expect(verifyIdentity(sent[0]!.headers[IDENTITY_HEADER], secret)).toEqual(identity);
    expect(sent[1]!.headers[IDENTITY_HEADER]).toBe(sent[0]!.headers[IDENTITY_HEADER]);
    expect(context.signedIdentity).toBe(sent[0]!.headers[IDENTITY_HEADER]);
  });

  it("passes on the headers the gateway adds to a fetch (the federated trace request)", async () => {
    const { dataSource, sent } = source({});
    const options = operation({ requestId: 'r', identity, client: null });
    (options.request as { http?: unknown }).http = { headers: new Map([['apollo-federation-include-trace', 'ftv1']]) };
    await dataSource.process(options);
    expect(sent[0]!.headers['apollo-federation-include-trace']).toBe('ftv1');
  });

  it("narrows the answer's cache policy by each subgraph's Cache-Control, to not cacheable without one", async () => {
    const restrict = jest.fn();
    await source({ headers: { 'content-type': 'application/json', 'cache-control': 'max-age=30, public' } }).dataSource.process(operation({ requestId: 'r', identity, client: null }, restrict));
    await source({ headers: { 'content-type': 'application/json' } }).dataSource.process(operation({ requestId: 'r', identity, client: null }, restrict));
    expect(restrict.mock.calls).toEqual([[{ maxAge: 30, scope: 'PUBLIC' }], [{ maxAge: 0 }]]);
  });

  it.each([
    [400, { errors: [{ message: 'birthDate is not a valid Date', extensions: { code: 'BAD_USER_INPUT', field: 'input.birthDate' } }] }],
    [401, { errors: [{ message: 'no identity', extensions: { code: 'UNAUTHENTICATED' } }] }],
  ])('passes on the GraphQL errors of a %i answer as the caller\'s errors', async (status, json) => {
    const { dataSource } = source({ status, statusText: 'Bad Request', json });
    expect(await dataSource.process(operation({ requestId: 'r', identity, client: null }))).toEqual({ errors: json.errors });
  });

  it.each([
    [403, { errors: [] }, 'The kp2mi subgraph answered HTTP 403', { code: 'FORBIDDEN' }],
    [502, { errors: [{ message: 'upstream' }] }, 'The kp2mi subgraph answered HTTP 502', {}],
    [404, 'Not found', 'The kp2mi subgraph answered HTTP 404', {}],
  ])('fails a %i answer that is no GraphQL refusal with the name and status only, never the address or body', async (status, json, message, extensions) => {
    const { dataSource } = source({ status, statusText: 'Status', json });
    const failure = await dataSource.process(operation({ requestId: 'r', identity, client: null })).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).message).toBe(message);
    expect((failure as GraphQLError).extensions).toEqual(extensions);
  });

  it('fails an answer that is not JSON without quoting it', async () => {
    const { dataSource } = source({ headers: { 'content-type': 'text/html' }, body: Buffer.from('<h1>proxy error at 10.0.0.7</h1>') });
    await expect(dataSource.process(operation({ requestId: 'r', identity, client: null }))).rejects.toThrow(new GraphQLError('The kp2mi subgraph answered with something other than a GraphQL response'));
  });
});

describe('cacheHintOf', () => {
  it.each([
    ['max-age=30, public', { maxAge: 30, scope: 'PUBLIC' }],
    ['private, max-age=5', { maxAge: 5, scope: 'PRIVATE' }],
    ['no-store', { maxAge: 0 }],
    ['max-age=abc, public', { maxAge: 0, scope: 'PUBLIC' }],
    [undefined, { maxAge: 0 }],
  ])('reads %s', (header, hint) => {
    expect(cacheHintOf(header)).toEqual(hint);
  });
});
