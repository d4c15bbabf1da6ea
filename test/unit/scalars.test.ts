import { GraphQLError, parseValue as parseAst } from 'graphql';
import { DateScalar, DateTimeScalar, parseDate } from '../../lib/graphql/scalars';

/** The GraphQLError a scalar function throws, so its exact message can be asserted. */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof GraphQLError) return err.message;
    throw err;
  }
  throw new Error('expected a GraphQLError, nothing was thrown');
}

describe('Date', () => {
  it('parses YYYY-MM-DD into UTC midnight, from variables and from literals', () => {
    expect(DateScalar.parseValue('2025-10-08')).toEqual(new Date(Date.UTC(2025, 9, 8)));
    expect(DateScalar.parseLiteral(parseAst('"2024-02-29"'))).toEqual(new Date(Date.UTC(2024, 1, 29)));
  });

  it.each(['2025-02-30', '2025-02-29', '2025-13-01', '2025-04-31', '2025-00-10'])('rejects %s, which does not exist', (value) => {
    expect(messageOf(() => parseDate(value))).toBe(`Date ${value} does not exist`);
  });

  it.each<[unknown, string]>([
    ['2025-1-08', '"2025-1-08"'],
    ['08-10-2025', '"08-10-2025"'],
    ['2025-10-08T00:00:00Z', '"2025-10-08T00:00:00Z"'],
    [20251008, '20251008'],
    [null, 'null'],
  ])('rejects %p, which is not YYYY-MM-DD', (value, shown) => {
    expect(messageOf(() => DateScalar.parseValue(value))).toBe(`Date must be a string of the form YYYY-MM-DD; got ${shown}`);
  });

  it('rejects a literal that is not a string', () => {
    expect(messageOf(() => DateScalar.parseLiteral(parseAst('20251008')))).toBe('Date must be a string of the form YYYY-MM-DD');
  });

  it('serializes a Date as its UTC calendar day', () => {
    expect(DateScalar.serialize(new Date('2025-10-08T23:59:59.999Z'))).toBe('2025-10-08');
  });

  it('refuses to serialize what is not a Date', () => {
    expect(messageOf(() => DateScalar.serialize('2025-10-08'))).toBe('Date cannot represent "2025-10-08"');
  });
});

describe('DateTime', () => {
  it('parses an ISO 8601 instant with Z or an offset', () => {
    expect(DateTimeScalar.parseValue('2025-10-08T09:30:00Z')).toEqual(new Date(Date.UTC(2025, 9, 8, 9, 30)));
    expect(DateTimeScalar.parseValue('2025-10-08T16:30:00+07:00')).toEqual(new Date(Date.UTC(2025, 9, 8, 9, 30)));
    expect(DateTimeScalar.parseLiteral(parseAst('"2025-10-08T09:30:00.250Z"'))).toEqual(new Date(Date.UTC(2025, 9, 8, 9, 30, 0, 250)));
  });

  it.each<[unknown, string]>([
    ['2025-10-08', '"2025-10-08"'],
    ['yesterday', '"yesterday"'],
    ['2025-10-08Tnoon', '"2025-10-08Tnoon"'],
    [1759915800000, '1759915800000'],
    // Without an offset the instant would depend on the server's time zone.
    ['2025-10-08T09:30:00', '"2025-10-08T09:30:00"'],
  ])('rejects %p', (value, shown) => {
    expect(messageOf(() => DateTimeScalar.parseValue(value))).toBe(
      `DateTime must be an ISO 8601 instant with an offset, such as 2025-10-08T09:30:00Z; got ${shown}`,
    );
  });

  it('rejects a day that does not exist instead of rolling over', () => {
    expect(messageOf(() => DateTimeScalar.parseValue('2025-02-30T00:00:00Z'))).toBe('Date 2025-02-30 does not exist');
  });

  it('rejects a literal that is not a string', () => {
    expect(messageOf(() => DateTimeScalar.parseLiteral(parseAst('1759915800000')))).toBe('DateTime must be an ISO 8601 string');
  });

  it('serializes in UTC with milliseconds', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2025, 9, 8, 9, 30)))).toBe('2025-10-08T09:30:00.000Z');
  });

  it('refuses to serialize what is not a Date', () => {
    expect(messageOf(() => DateTimeScalar.serialize(1759915800000))).toBe('DateTime cannot represent 1759915800000');
  });

  it('refuses to serialize an invalid Date with a GraphQL error', () => {
    expect(messageOf(() => DateTimeScalar.serialize(new Date(Number.NaN)))).toBe('DateTime cannot represent null');
    expect(messageOf(() => DateScalar.serialize(new Date(Number.NaN)))).toBe('Date cannot represent null');
  });
});
