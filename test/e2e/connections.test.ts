import { getNamedType, getNullableType, isObjectType } from 'graphql';
import { Types, type Connection as DbConnection } from 'mongoose';
import { apiSchema, coordinate, fieldsWithArguments, operationWith, type FieldSite } from './support/api-schema';
import { openDatabase, postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

/**
 * Every connection of the graph (a field with `first` and `after` whose type has `edges` and
 * `pageInfo`), found in the schema as clients see it: `first: 0` still says whether records
 * follow, a page size above 100 is refused as such whatever its size, and a cursor of any other
 * connection is the caller's mistake (`BAD_USER_INPUT` on `after`), never an internal error.
 */
let connections: FieldSite[];
let kp2mi: DbConnection;
/** Arguments that reach records: a country with placements and products, a worker with an audit trail. */
let reach: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  const api = await apiSchema();
  connections = fieldsWithArguments(api).filter((site) => {
    const field = site.path.at(-1)!;
    const type = getNullableType(field.type);
    return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields() && field.args.some((arg) => arg.name === 'first') && field.args.some((arg) => arg.name === 'after');
  });
  kp2mi = await openDatabase('kp2mi');
  // A worker with an audit trail of several entries: each read of a NIK is one.
  const worker = (await kp2mi.db!.collection('workers').findOne({}, { sort: { _id: 1 } }))!;
  for (let read = 0; read < 3; read++) {
    await postGraphQL(stackInfo().gatewayUrl, { query: 'query($id: ID!) { worker(id: $id) { nik } }', variables: { id: worker._id.toHexString() } }, stackInfo().defaultHeaders);
  }
  reach = { country: { code: 'HK' }, auditTrail: { workerId: (worker._id as Types.ObjectId).toHexString() }, dataSubjectReport: { nik: worker.nik } };
});
afterAll(() => kp2mi.close());

const PAGE = '{ totalCount edges { cursor } pageInfo { hasNextPage endCursor } }';

function ask(site: FieldSite, page: Record<string, unknown>) {
  const field = site.path.at(-1)!.name;
  return postGraphQL(stackInfo().gatewayUrl, operationWith(site, undefined, undefined, 'variables', { arguments: { ...reach, [field]: { ...reach[field], ...page } }, selection: PAGE }), stackInfo().defaultHeaders);
}

/** The connection's answer at the end of the site's path. */
function pageIn(data: any, site: FieldSite): any {
  return site.path.reduce((value, field) => value?.[field.name], data);
}

it('finds every connection of the four subgraphs', () => {
  expect(connections.map(coordinate).sort()).toEqual([
    'Country.marketedProducts',
    'Country.placements',
    'DataSubjectReport.auditTrail',
    'Query.auditTrail',
    'Query.businesses',
    'Query.dataSubjectRequests',
    'Query.energyCourses',
    'Query.industryCourses',
    'Query.jobOpenings',
    'Query.placements',
    'Query.products',
    'Query.workers',
  ]);
});

/**
 * What a connection's cursors name: the field, except a worker's audit trail, which is one list
 * whether asked for alone or within a data subject's report.
 */
const cursorsOf = (site: FieldSite) => (getNamedType(site.path.at(-1)!.type).name === 'AuditTrail' ? 'AuditTrail' : coordinate(site));

describe.each([0])('first: %i', () => {
  it('answers no edges and says whether records follow, on every connection', async () => {
    for (const site of connections) {
      const { status, body } = await ask(site, { first: 0 });
      expect({ connection: coordinate(site), status, errors: body.errors }).toEqual({ connection: coordinate(site), status: 200, errors: undefined });
      const page = pageIn(body.data, site);
      expect({ connection: coordinate(site), page }).toEqual({ connection: coordinate(site), page: { totalCount: expect.any(Number), edges: [], pageInfo: { hasNextPage: true, endCursor: null } } });
      expect(page.totalCount).toBeGreaterThan(0);
    }
  });
});

describe('a page size above 100', () => {
  it.each([101, 1_000_000, 2 ** 31 - 1])('first: %i is refused as a page size on every connection, before any subgraph is asked', async (first) => {
    for (const site of connections) {
      const { status, body } = await ask(site, { first });
      expect({ connection: coordinate(site), status, body }).toEqual({
        connection: coordinate(site),
        status: 400,
        body: { errors: [{ message: `first must be at most 100; got ${first}. Page through the rest with after.`, extensions: { code: 'BAD_USER_INPUT', field: 'first', requestId: expect.any(String) } }] },
      });
    }
  });
});

describe('a cursor of another connection', () => {
  it('is refused with BAD_USER_INPUT on after by every connection, whichever connection it came from', async () => {
    const cursors = new Map<string, string>();
    for (const site of connections) {
      const { body } = await ask(site, { first: 1 });
      cursors.set(cursorsOf(site), pageIn(body.data, site).pageInfo.endCursor);
    }
    for (const site of connections) {
      for (const [from, cursor] of cursors) {
        if (from === cursorsOf(site)) continue;
        const { status, body } = await ask(site, { first: 2, after: cursor });
        expect({ connection: coordinate(site), from, status, errors: body.errors?.map((error: any) => ({ message: error.message, code: error.extensions.code, field: error.extensions.field })) }).toEqual({
          connection: coordinate(site),
          from,
          status: 200,
          errors: [{ message: `after is not a cursor returned by ${cursorsOf(site)}`, code: 'BAD_USER_INPUT', field: 'after' }],
        });
      }
    }
  });

  it('is answered from its own connection: the next page starts after it', async () => {
    for (const site of connections) {
      const first = pageIn((await ask(site, { first: 2 })).body.data, site);
      const next = pageIn((await ask(site, { first: 1, after: first.edges[0].cursor })).body.data, site);
      expect({ connection: coordinate(site), cursor: next.edges[0]?.cursor }).toEqual({ connection: coordinate(site), cursor: first.edges[1].cursor });
    }
  });
});

it('reads every connection type from the schema, so none can be left out', async () => {
  const api = await apiSchema();
  const connectionTypes = Object.values(api.getTypeMap()).filter((type) => isObjectType(type) && type.name.endsWith('Connection'));
  const reached = new Set(connections.map((site) => getNamedType(site.path.at(-1)!.type).name));
  for (const type of connectionTypes) expect(reached).toContain(type.name);
});

describe('an export (POST /export)', () => {
  const ROWS = '{ edges { node { id } } }';
  const BY_HAND = '{ edges { node { id } } pageInfo { hasNextPage endCursor } }';

  /** Every id of the connection, paged by hand through /graphql in pages of 100. */
  async function idsByHand(site: FieldSite): Promise<string[]> {
    const field = site.path.at(-1)!.name;
    const ids: string[] = [];
    for (let after: string | undefined; ; ) {
      const page = { first: 100, ...(after ? { after } : {}) };
      const operation = operationWith(site, undefined, undefined, 'variables', { arguments: { ...reach, [field]: { ...reach[field], ...page } }, selection: BY_HAND });
      const { body } = await postGraphQL(stackInfo().gatewayUrl, operation, stackInfo().defaultHeaders);
      const answer = pageIn(body.data, site);
      ids.push(...answer.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!answer.pageInfo.hasNextPage) return ids;
      after = answer.pageInfo.endCursor;
    }
  }

  it('walks every connection in full: its rows are the concatenated pages, row for row', async () => {
    const exportUrl = stackInfo().gatewayUrl.replace(/\/graphql$/, '/export');
    for (const site of connections) {
      const operation = operationWith(site, undefined, undefined, 'variables', { arguments: reach, selection: ROWS });
      const response = await fetch(exportUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...stackInfo().defaultHeaders }, body: JSON.stringify({ ...operation, format: 'ndjson' }) });
      const rows = (await response.text()).split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id);
      const expected = await idsByHand(site);
      expect(expected.length).toBeGreaterThan(0);
      // A data subject's report goes on record each time it is asked, newest first: the export's
      // own pages are in the trail paged after it, ahead of the rows it exported.
      const recordedSince = coordinate(site) === 'DataSubjectReport.auditTrail' ? Math.ceil(rows.length / 100) : 0;
      expect({ connection: coordinate(site), status: response.status, rows }).toEqual({ connection: coordinate(site), status: 200, rows: expected.slice(recordedSince) });
    }
  });
});
