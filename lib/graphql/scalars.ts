import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into UTC midnight, rejecting dates that do not exist (2025-02-30). */
export function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !DATE.test(value)) {
    throw new GraphQLError(`Date must be a string of the form YYYY-MM-DD; got ${JSON.stringify(value)}`);
  }
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date ${value} does not exist`);
  }
  return date;
}

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar date without time, as `YYYY-MM-DD` (for example `2025-10-08`).',
  serialize: (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string of the form YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant needs its offset (`Z` or `+07:00`): without one it would depend on the server's time zone. */
function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match) {
    throw new GraphQLError(`DateTime must be an ISO 8601 instant with an offset, such as 2025-10-08T09:30:00Z; got ${JSON.stringify(value)}`);
  }
  parseDate(match[1]);
  const date = new Date(value as string);
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime ${value as string} does not exist`);
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601, always serialized in UTC (for example `2025-10-08T09:30:00.000Z`).',
  serialize: (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return parseDateTime(ast.value);
  },
});

/** The graph's own scalars by name: what the subgraphs serve, and what the gateway checks inputs against. */
export const GRAPH_SCALARS: Readonly<Record<string, GraphQLScalarType>> = { Date: DateScalar, DateTime: DateTimeScalar };
