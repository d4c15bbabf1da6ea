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
    const context: GatewayContext = { requestId: 'req-1', identity };

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
    const options = operation({ requestId: 'r', identity });
    (options.request as { http?: unknown }).http = { headers: new Map([['apollo-federation-include-trace', 'ftv1']]) };
    await dataSource.process(options);
    expect(sent[0]!.headers['apollo-federation-include-trace']).toBe('ftv1');
  });

  it("narrows the answer's cache policy by each subgraph's Cache-Control, to not cacheable without one", async () => {
    const restrict = jest.fn();
    await source({ headers: { 'content-type': 'application/json', 'cache-control': 'max-age=30, public' } }).dataSource.process(operation({ requestId: 'r', identity }, restrict));
    await source({ headers: { 'content-type': 'application/json' } }).dataSource.process(operation({ requestId: 'r', identity }, restrict));
    expect(restrict.mock.calls).toEqual([[{ maxAge: 30, scope: 'PUBLIC' }], [{ maxAge: 0 }]]);
  });

  it('fails a refused fetch with the status line, its code and the body the subgraph sent', async () => {
    const { dataSource } = source({ status: 403, statusText: 'Forbidden', json: { errors: [{ message: 'no identity' }] } });
    const failure = await dataSource.process(operation({ requestId: 'r', identity })).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).message).toBe('403: Forbidden');
    expect((failure as GraphQLError).extensions).toEqual({
      code: 'FORBIDDEN',
      response: { url: URL, status: 403, statusText: 'Forbidden', body: { errors: [{ message: 'no identity' }] } },
    });
  });

  it('fails an answer that is not JSON, quoting it', async () => {
    const { dataSource } = source({ headers: { 'content-type': 'text/html' }, body: Buffer.from('<h1>proxy error</h1>') });
    await expect(dataSource.process(operation({ requestId: 'r', identity }))).rejects.toThrow('Expected JSON response body, but received: <h1>proxy error</h1>');
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
