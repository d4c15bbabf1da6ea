import { buildSchema, getIntrospectionQuery, getOperationAST, GraphQLError, parse } from 'graphql';
import { aliasCount, checkAliases } from '../../gateway/limits/aliases';
import { checkCost, operationCost } from '../../gateway/limits/cost';
import { checkDepth, isIntrospectionOnly, operationDepth } from '../../gateway/limits/depth';
import { formatGatewayError } from '../../gateway/limits/error-policy';
import type { Logger } from '../../lib/logger';

const schema = buildSchema(`
  type Query {
    countries: [Country!]!
    products(first: Int = 20, after: String): ProductConnection!
    "A connection whose schema gives no default page size."
    offers(first: Int): ProductConnection!
  }
  type Country { code: ID! name: String! marketedProducts(first: Int = 10): ProductConnection }
  type ProductConnection { totalCount: Int! edges: [ProductEdge!]! }
  type ProductEdge { node: Product! }
  type Product { name: String! markets: [Country!]! }
`);

function input(query: string) {
  const document = parse(query);
  return { schema, document, operation: getOperationAST(document)! };
}

function thrown(check: () => void): GraphQLError {
  try {
    check();
  } catch (err) {
    return err as GraphQLError;
  }
  throw new Error('expected the check to throw');
}

describe('operation depth', () => {
  it('counts levels of field nesting, not __typename', () => {
    expect(operationDepth(input('{ countries { code } }'))).toBe(2);
    expect(operationDepth(input('{ countries { __typename } }'))).toBe(1);
    expect(operationDepth(input('{ __typename }'))).toBe(0);
    expect(operationDepth(input('{ countries { code } products { edges { node { name } } } }'))).toBe(4);
  });

  it('follows named and inline fragments', () => {
    const query = `
      query { products { ...Page } }
      fragment Page on ProductConnection { edges { ... on ProductEdge { node { markets { code } } } } }`;
    expect(operationDepth(input(query))).toBe(5);
  });

  it('refuses an operation one level over the limit and passes one at the limit', () => {
    const fiveDeep = input('{ products { edges { node { markets { code } } } } }');
    expect(() => checkDepth(fiveDeep, 5)).not.toThrow();
    const error = thrown(() => checkDepth(fiveDeep, 4));
    expect(error.message).toBe('The operation is nested 5 levels deep; the limit is 4');
    expect(error.extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 4, found: 5, http: { status: 400 } });
  });

  it("exempts introspection-only operations: GraphiQL's introspection query is 15 deep", () => {
    const introspection = input(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
    expect(operationDepth(introspection)).toBe(15);
    expect(isIntrospectionOnly(introspection)).toBe(true);
    expect(() => checkDepth(introspection, 12)).not.toThrow();
  });

  it('does not exempt an operation that also asks for data', () => {
    const mixed = input('{ __schema { types { fields { type { name } } } } countries { code } }');
    expect(isIntrospectionOnly(mixed)).toBe(false);
    expect(thrown(() => checkDepth(mixed, 4)).extensions.code).toBe('QUERY_TOO_DEEP');
  });
});

describe('aliases', () => {
  it('counts every alias as executed, once per spread of its fragment', () => {
    const query = `
      query { a: countries { ...Names } b: countries { ...Names } countries { code } }
      fragment Names on Country { n1: name n2: name }`;
    expect(aliasCount(input(query))).toBe(6);
  });

  it('refuses one alias over the limit', () => {
    const three = input('{ a: countries { code } b: countries { code } countries { c: code } }');
    expect(() => checkAliases(three, 3)).not.toThrow();
    const error = thrown(() => checkAliases(three, 2));
    expect(error.message).toBe('The operation has 3 aliases; the limit is 2');
    expect(error.extensions).toEqual({ code: 'TOO_MANY_ALIASES', limit: 2, found: 3, http: { status: 400 } });
  });
});

describe('cost', () => {
  it('costs 1 per field, and __typename nothing', () => {
    expect(operationCost(input('{ countries { code name __typename } }'))).toBe(3);
  });

  it('multiplies the selection of a connection by first, literal or from a variable', () => {
    // products 1 + 5 × (edges 1 + node 1 + name 1)
    expect(operationCost(input('{ products(first: 5) { edges { node { name } } } }'))).toBe(16);
    expect(operationCost(input('query($n: Int) { products(first: $n) { edges { node { name } } } }'), { n: 7 })).toBe(22);
  });

  it("takes the operation's variable default, then the schema's default, then 20", () => {
    expect(operationCost(input('query($n: Int = 3) { products(first: $n) { totalCount } }'))).toBe(4);
    expect(operationCost(input('{ products { totalCount } }'))).toBe(21);
    expect(operationCost(input('query($n: Int) { products(first: $n) { totalCount } }'), {})).toBe(21);
    expect(operationCost(input('{ offers { totalCount } }'))).toBe(21);
    expect(operationCost(input('{ products(first: 0) { totalCount } }'))).toBe(1);
  });

  it('multiplies nested connections, through fragments', () => {
    const query = `
      query { products(first: 4) { edges { node { ...Markets } } } }
      fragment Markets on Product { markets { marketedProducts { totalCount } } }`;
    // products 1 + 4 × (edges 1 + node 1 + markets 1 + marketedProducts (1 + 10 × totalCount 1))
    expect(operationCost(input(query))).toBe(1 + 4 * (3 + 11));
  });

  it('refuses one over the limit, naming the cost found', () => {
    const query = input('query($n: Int!) { products(first: $n) { totalCount } }');
    expect(() => checkCost(query, 11, { n: 10 })).not.toThrow();
    const error = thrown(() => checkCost(query, 11, { n: 11 }));
    expect(error.message).toBe('The operation costs 12; the limit is 11 (each field costs 1, times the page size of the connections it is in)');
    expect(error.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', limit: 11, found: 12, http: { status: 400 } });
  });

  it('stays linear when fragments spread fragments many times over', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Country { a: name b: name ${i + 1 < levels ? `...F${i + 1}` : ''} }`);
    const query = `query { countries { ...F0 } }\n${fragments.join('\n')}`;
    expect(operationCost(input(query))).toBe(1 + 2 * levels);
  });
});

describe('error policy', () => {
  const logger: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, alert: () => undefined, child: () => logger };
  const tokenError = () => {
    try {
      parse('{ countries { code name } }', { maxTokens: 4 });
    } catch (err) {
      return { message: (err as GraphQLError).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
    }
    throw new Error('expected a token limit error');
  };

  it('names the token limit', () => {
    const format = formatGatewayError({ maskErrors: false, maxTokens: 4, logger });
    expect(format(tokenError())).toEqual({ message: 'The operation has more than 4 tokens; the limit is 4', extensions: { code: 'TOO_MANY_TOKENS', limit: 4 } });
    const syntax = { message: 'Syntax Error: Expected Name, found "}".', extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
    expect(format(syntax)).toEqual(syntax);
  });

  it('masks internal errors when asked, and keeps client-facing ones', () => {
    const format = formatGatewayError({ maskErrors: true, maxTokens: 4, logger });
    const internal = { message: 'connect ECONNREFUSED 10.0.0.7:4002', path: ['esdmTrainingCenters'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at …'] } };
    expect(format(internal)).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(format({ message: 'no code' })).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const notFound = { message: 'No worker with id 1', extensions: { code: 'NOT_FOUND' } };
    expect(format(notFound)).toEqual(notFound);
    expect(format(tokenError()).extensions?.code).toBe('TOO_MANY_TOKENS');
    expect(formatGatewayError({ maskErrors: false, maxTokens: 4, logger })(internal)).toEqual({ ...internal, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('never sends a stack, an exception or a subgraph response, masked or not', () => {
    const leaky = {
      message: 'Cannot return null',
      path: ['worker'],
      extensions: { code: 'BAD_USER_INPUT', field: 'id', stacktrace: ['GraphQLError: x', '    at f (/srv/app/x.ts:1:2)'], exception: { stacktrace: [] }, response: { url: 'http://10.0.0.7:4001/graphql' } },
    };
    for (const maskErrors of [false, true]) {
      expect(formatGatewayError({ maskErrors, maxTokens: 4, logger })(leaky)).toEqual({ message: 'Cannot return null', path: ['worker'], extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    }
  });
});
