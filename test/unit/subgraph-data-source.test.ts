import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { parse, print } from 'graphql';
import { readRegistry } from '../../lib/operation-registry';
import type { Logger } from '../../lib/logger';
import type { GatewayContext } from '../../gateway/context';
import { cacheHintOf, SubgraphDataSource } from '../../gateway/subgraph-data-source';
import { backoffMs } from '../../gateway/subgraph-policy';
import type { SubgraphAnswer, SubgraphRequest } from '../../gateway/subgraph-fetcher';
import { IDENTITY_HEADER, verifyIdentity, type Identity } from '../../lib/identity';

const secret = 'a shared secret of the gateway and subgraphs';
const identity: Identity = { sub: 'kp2mi-officer', ministry: 'KP2MI', roles: ['officer'], scopes: [], purpose: null };
const URL = 'http://127.0.0.1:4001/graphql';

/** The fetcher is the data source's only outside: a recording stand-in that answers as told. */
type Answer = (Partial<SubgraphAnswer> & { json?: unknown }) | Error;

/** `answers` in turn, the last for every fetch after them. */
function source(first: Answer, options: { retries?: number; then?: Answer[] } = {}) {
  const sent: SubgraphRequest[] = [];
  const logged: { msg: string; fields: Record<string, unknown> }[] = [];
  const answers = [first, ...(options.then ?? [])];
  const dataSource = new SubgraphDataSource({
    name: 'kp2mi',
    url: URL,
    identitySecret: secret,
    policy: { timeoutMs: 2500, retries: options.retries ?? 0 },
    logger: { warn: (msg: string, fields: Record<string, unknown>) => logged.push({ msg, fields }) } as unknown as Logger,
    fetch: async (url, request) => {
      expect(url).toBe(URL);
      expect(request.timeoutMs).toBe(2500);
      sent.push(request);
      const answer = answers[Math.min(sent.length, answers.length) - 1]!;
      if (answer instanceof Error) throw answer;
      const body = answer.body ?? Buffer.from(JSON.stringify(answer.json ?? { data: { ok: true } }));
      return { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, ...answer, body };
    },
  });
  return { dataSource, sent, logged };
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
  it('lets a kept answer read its subgraph first: the fetch goes only once beforeFetch has finished', async () => {
    const { dataSource, sent } = source({ json: { data: { worker: { id: 'w1' } } } });
    const order: string[] = [];
    const context: GatewayContext = {
      requestId: 'r',
      identity,
      client: null,
      fetched: new Set(),
      beforeFetch: async (subgraph) => {
        order.push(`read ${subgraph}, ${sent.length} sent`);
        await new Promise((resolve) => setTimeout(resolve, 10));
        order.push(`read done, ${sent.length} sent`);
      },
    };
    await dataSource.process(operation(context));
    expect(order).toEqual(['read kp2mi, 0 sent', 'read done, 0 sent']);
    expect(sent).toHaveLength(1);
  });

  it('posts the plan operation with the request id and one signed identity per client request', async () => {
    const { dataSource, sent } = source({ json: { data: { worker: { id: 'w1' } } } });
    const context: GatewayContext = { requestId: 'req-1', identity, client: null, fetched: new Set() };

    const answers = [await dataSource.process(operation(context)), await dataSource.process(operation(context))];

    expect(answers).toEqual([{ data: { worker: { id: 'w1' } } }, { data: { worker: { id: 'w1' } } }]);
    expect(JSON.parse(sent[0]!.body)).toEqual({ query: 'query Q($id: ID!) { worker(id: $id) { id } }', variables: { id: 'w1' }, operationName: 'Q' });
    // The fetcher recognises a query it may share by how the body starts.
    expect(sent[0]!.body.startsWith('{"query":"query')).toBe(true);
    expect(sent[0]!.headers['x-request-id']).toBe('req-1');
    expect(verifyIdentity(sent[0]!.headers[IDENTITY_HEADER], secret)).toEqual(identity);
    expect(sent[1]!.headers[IDENTITY_HEADER]).toBe(sent[0]!.headers[IDENTITY_HEADER]);
    expect(context.signedIdentity).toBe(sent[0]!.headers[IDENTITY_HEADER]);
    // What a kept public answer of this request was made from.
    expect([...context.fetched]).toEqual(['kp2mi']);
  });

  it("passes on the headers the gateway adds to a fetch (the federated trace request)", async () => {
    const { dataSource, sent } = source({});
    const options = operation({ requestId: 'r', identity, client: null, fetched: new Set<string>() });
    (options.request as { http?: unknown }).http = { headers: new Map([['apollo-federation-include-trace', 'ftv1']]) };
    await dataSource.process(options);
    expect(sent[0]!.headers['apollo-federation-include-trace']).toBe('ftv1');
  });

  it("narrows the answer's cache policy by each subgraph's Cache-Control, to not cacheable without one", async () => {
    const restrict = jest.fn();
    await source({ headers: { 'content-type': 'application/json', 'cache-control': 'max-age=30, public' } }).dataSource.process(operation({ requestId: 'r', identity, client: null, fetched: new Set<string>() }, restrict));
    await source({ headers: { 'content-type': 'application/json' } }).dataSource.process(operation({ requestId: 'r', identity, client: null, fetched: new Set<string>() }, restrict));
    expect(restrict.mock.calls).toEqual([[{ maxAge: 30, scope: 'PUBLIC' }], [{ maxAge: 0 }]]);
  });

  it.each([
    [400, { errors: [{ message: 'birthDate is not a valid Date', extensions: { code: 'BAD_USER_INPUT', field: 'input.birthDate' } }] }],
    [401, { errors: [{ message: 'no identity', extensions: { code: 'UNAUTHENTICATED' } }] }],
  ])('passes on the GraphQL errors of a %i answer as the caller\'s errors', async (status, json) => {
    const { dataSource } = source({ status, statusText: 'Bad Request', json });
    expect(await dataSource.process(operation({ requestId: 'r', identity, client: null, fetched: new Set<string>() }))).toEqual({ errors: json.errors });
  });

  const missing = (reason: string, code: string, path = ['worker']) => ({ errors: [{ message: `The kp2mi subgraph ${reason}, so this part of the answer is missing`, path, extensions: { code, subgraph: 'kp2mi' } }] });

  it.each([
    [403, { errors: [] }, 'answered HTTP 403', 'FORBIDDEN'],
    [502, { errors: [{ message: 'upstream' }] }, 'answered HTTP 502', 'SUBGRAPH_UNAVAILABLE'],
    [404, 'Not found', 'answered HTTP 404', 'SUBGRAPH_UNAVAILABLE'],
  ])('answers a %i that is no GraphQL refusal with an error on each missing path, naming the subgraph and status only', async (status, json, reason, code) => {
    const { dataSource, logged } = source({ status, statusText: 'Status', json });
    expect(await dataSource.process(operation({ requestId: 'r', identity, client: null, fetched: new Set<string>() }))).toEqual(missing(reason, code));
    expect(logged).toEqual([{ msg: 'subgraph fetch failed', fields: { subgraph: 'kp2mi', code, requestId: 'r', err: `HTTP ${status} Status` } }]);
  });

  it('answers an answer that is not JSON without quoting it', async () => {
    const { dataSource } = source({ headers: { 'content-type': 'text/html' }, body: Buffer.from('<h1>proxy error at 10.0.0.7</h1>') });
    expect(await dataSource.process(operation({ requestId: 'r', identity, client: null, fetched: new Set<string>() }))).toEqual(missing('answered with something other than a GraphQL response', 'SUBGRAPH_UNAVAILABLE'));
  });

  it.each([
    [Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:4001'), { code: 'ECONNREFUSED' }), 'is unavailable (its connection was refused)', 'SUBGRAPH_UNAVAILABLE'],
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'is unavailable (it closed the connection)', 'SUBGRAPH_UNAVAILABLE'],
    [Object.assign(new Error('no answer from 10.0.0.7:4001 within 2500 ms'), { code: 'SUBGRAPH_TIMEOUT' }), 'did not answer within 2500 ms', 'SUBGRAPH_TIMEOUT'],
  ])('answers a fetch that failed (%s) with an error on each missing path, and logs the address only', async (err, reason, code) => {
    const { dataSource, logged } = source(err);
    expect(await dataSource.process(operation({ requestId: 'r', identity, client: null, fetched: new Set<string>() }))).toEqual(missing(reason, code));
    expect(logged).toEqual([{ msg: 'subgraph fetch failed', fields: { subgraph: 'kp2mi', code, requestId: 'r', err: err.message } }]);
  });

  it("names each field of each entity an entity fetch leaves missing, by the entity's type", async () => {
    const { dataSource } = source(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }));
    const query = 'query Q__esdm__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Worker { energyEnrollments { id } energyCertificates { id } } ... on JobOpening { recommendedEnergyCourses { id } } } }';
    const options = {
      kind: 'incoming operation',
      request: { query, variables: { representations: [{ __typename: 'Worker', id: 'a' }, { __typename: 'JobOpening', id: 'b' }, { __typename: 'Worker', id: 'c' }] } },
      document: parse(query),
      context: { requestId: 'r', identity, client: null, fetched: new Set<string>() },
      incomingRequestContext: {},
    } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
    const answer = await dataSource.process(options);
    expect(answer.errors!.map((error) => error.path)).toEqual([
      ['_entities', 0, 'energyEnrollments'],
      ['_entities', 0, 'energyCertificates'],
      ['_entities', 1, 'recommendedEnergyCourses'],
      ['_entities', 2, 'energyEnrollments'],
      ['_entities', 2, 'energyCertificates'],
    ]);
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

describe('retries of the subgraph data source', () => {
  const refused = () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:4001'), { code: 'ECONNREFUSED' });
  const timedOut = () => Object.assign(new Error('no answer within 2500 ms'), { code: 'SUBGRAPH_TIMEOUT' });
  const context = (): GatewayContext => ({ requestId: 'r', identity, client: null, fetched: new Set<string>() });
  const mutation = () => {
    const options = operation(context());
    (options.request as { query: string }).query = 'mutation M($id: ID!) { updateWorkerStatus(id: $id, status: READY) { id } }';
    return options;
  };

  it.each([
    ['a refused connection', refused()],
    ['a timeout', timedOut()],
    ['a 503', { status: 503, statusText: 'Service Unavailable', json: { errors: [] } }],
  ])('asks a query again after %s, and answers with the retry', async (_what, failure) => {
    const { dataSource, sent, logged } = source(failure, { retries: 2, then: [{ json: { data: { worker: { id: 'w1' } } } }] });
    expect(await dataSource.process(operation(context()))).toEqual({ data: { worker: { id: 'w1' } } });
    expect(sent).toHaveLength(2);
    expect(logged).toEqual([{ msg: 'subgraph fetch retried', fields: expect.objectContaining({ subgraph: 'kp2mi', attempt: 1, requestId: 'r' }) }]);
    expect(logged[0]!.fields.waitMs).toBeGreaterThanOrEqual(25);
    expect(logged[0]!.fields.waitMs).toBeLessThanOrEqual(75);
  });

  it('gives up after its retries, with the last failure on each missing path', async () => {
    const { dataSource, sent } = source(refused(), { retries: 2, then: [refused(), timedOut()] });
    const answer = await dataSource.process(operation(context()));
    expect(sent).toHaveLength(3);
    expect(answer.errors).toEqual([expect.objectContaining({ path: ['worker'], extensions: { code: 'SUBGRAPH_TIMEOUT', subgraph: 'kp2mi' } })]);
  });

  it.each([
    ['times out', timedOut()],
    ['is refused', refused()],
    ['gets a 503', { status: 503, statusText: 'Service Unavailable', json: { errors: [] } }],
  ])('never sends a mutation twice: one that %s is answered as missing', async (_what, failure) => {
    const { dataSource, sent } = source(failure, { retries: 3, then: [{ json: { data: { updateWorkerStatus: { id: 'w1' } } } }] });
    const answer = await dataSource.process(mutation());
    expect(sent).toHaveLength(1);
    expect(answer.errors![0]!.path).toEqual(['updateWorkerStatus']);
  });

  it('sends every registered mutation once, whatever its first attempt meets', async () => {
    const mutations = readRegistry().filter((registered) => registered.kind === 'mutation');
    expect(mutations.length).toBeGreaterThan(5);
    for (const registered of mutations) {
      const { dataSource, sent } = source(timedOut(), { retries: 3, then: [{ json: { data: {} } }] });
      const options = operation(context());
      // As the gateway sends a subgraph its share: the operation's own text, its name suffixed.
      (options.request as { query: string }).query = print(registered.document).replace(`mutation ${registered.name}`, `mutation ${registered.name}__kp2mi__0`);
      (options as { document?: unknown }).document = parse((options.request as { query: string }).query);
      await dataSource.process(options);
      expect({ mutation: registered.name, sent: sent.length }).toEqual({ mutation: registered.name, sent: 1 });
    }
  });

  it('waits longer before each retry, jittered', () => {
    expect([1, 2, 3].map((attempt) => backoffMs(attempt, () => 0.5))).toEqual([50, 100, 200]);
    expect(backoffMs(1, () => 0)).toBe(25);
    expect(backoffMs(1, () => 0.999)).toBe(75);
  });
});

describe("the request's deadline in the subgraph data source", () => {
  it('asks nothing once the request is out of time', async () => {
    const { dataSource, sent } = source({ json: { data: { worker: { id: 'w1' } } } });
    const answer = await dataSource.process(operation({ requestId: 'r', identity, client: null, deadline: Date.now() - 1, fetched: new Set<string>() }));
    expect(sent).toHaveLength(0);
    expect(answer).toEqual({ errors: [{ message: 'The kp2mi subgraph was not asked: the request ran out of time (REQUEST_DEADLINE_MS), so this part of the answer is missing', path: ['worker'], extensions: { code: 'SUBGRAPH_TIMEOUT', subgraph: 'kp2mi' } }] });
  });
});
