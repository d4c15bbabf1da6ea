import {
  astFromValue,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { postGraphQL } from './clients';
import { stackInfo } from './stack-info';

/**
 * The graph as clients see it (the gateway's introspection), and every place in it where a
 * client passes a value: tests that must cover a whole class of inputs or fields walk these
 * lists, so a field a subgraph adds tomorrow is covered without anyone remembering to.
 */
let schema: GraphQLSchema | undefined;

export async function apiSchema(): Promise<GraphQLSchema> {
  if (!schema) {
    const { body } = await postGraphQL(stackInfo().gatewayUrl, { query: getIntrospectionQuery() });
    schema = buildClientSchema(body.data as IntrospectionQuery);
  }
  return schema;
}

/** One field reached from a root, with the fields on the way to it (`country` → `placements`). */
export interface FieldSite {
  operation: 'query' | 'mutation';
  /** The type the field is on (`Country` for `country.placements`). */
  parent: string;
  /** The fields from the root to the field itself, each with its definition. */
  path: GraphQLField<unknown, unknown>[];
}

/** The field as the schema names it: `Country.placements`. */
export const coordinate = (site: FieldSite): string => `${site.parent}.${site.path.at(-1)!.name}`;

/**
 * Every field of the API schema that takes arguments, each by the shortest way from a root,
 * through single objects where there is one (`country(code:)` before `countries`).
 */
export function fieldsWithArguments(api: GraphQLSchema): FieldSite[] {
  const sites: FieldSite[] = [];
  const mutation = api.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) if (field.args.length > 0) sites.push({ operation: 'mutation', parent: mutation!.name, path: [field] });
  const seen = new Set<string>([api.getQueryType()!.name]);
  const pending: { type: GraphQLNamedType; path: GraphQLField<unknown, unknown>[] }[] = [{ type: api.getQueryType()!, path: [] }];
  for (let next = pending.shift(); next; next = pending.shift()) {
    if (!isObjectType(next.type) && !isInterfaceType(next.type)) continue;
    const fields = Object.values(next.type.getFields());
    const single = (field: GraphQLField<unknown, unknown>) => (isListType(getNullableType(field.type)) ? 1 : 0);
    for (const field of fields.sort((a, b) => single(a) - single(b))) {
      const path = [...next.path, field];
      if (field.args.length > 0) sites.push({ operation: 'query', parent: next.type.name, path });
      const target = getNamedType(field.type);
      if ((isObjectType(target) || isInterfaceType(target)) && !seen.has(target.name)) {
        seen.add(target.name);
        pending.push({ type: target, path });
      }
    }
  }
  return sites;
}

/** A scalar an argument takes, at its place inside the argument (`input.birthDate`, `input.requirements[0]`). */
export interface InputPlace {
  argument: GraphQLArgument;
  /** Keys from the argument's value down to the scalar; a number is a list item. */
  keys: (string | number)[];
  scalar: string;
}

export const fieldPath = (place: InputPlace): string =>
  [place.argument.name, ...place.keys].map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');

function placesIn(type: GraphQLInputType, keys: (string | number)[], argument: GraphQLArgument, seen: Set<string>): InputPlace[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return placesIn(nullable.ofType, [...keys, 0], argument, seen);
  if (isInputObjectType(nullable)) {
    if (seen.has(nullable.name)) return [];
    return Object.values(nullable.getFields()).flatMap((field) => placesIn(field.type, [...keys, field.name], argument, new Set([...seen, nullable.name])));
  }
  return isScalarType(nullable) ? [{ argument, keys, scalar: nullable.name }] : [];
}

/** Every scalar place of every argument of a field. */
export function inputPlaces(field: GraphQLField<unknown, unknown>): InputPlace[] {
  return field.args.flatMap((argument) => placesIn(argument.type, [], argument, new Set()));
}

const SAMPLE_SCALARS: Record<string, unknown> = { String: 'x', ID: 'x', Int: 1, Float: 1, Boolean: true, Date: '2000-01-01', DateTime: '2000-01-01T00:00:00Z' };

/** A value of the type that passes validation: required fields filled, lists of one. */
export function sampleValue(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => [field.name, sampleValue(field.type)]));
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (!(nullable.name in SAMPLE_SCALARS)) throw new Error(`no sample value for the scalar ${nullable.name}`);
  return SAMPLE_SCALARS[nullable.name];
}

/** The argument's value with `value` at the place, the rest sampled. */
function argumentWith(place: InputPlace, value: unknown): unknown {
  const put = (type: GraphQLInputType, keys: (string | number)[]): unknown => {
    if (keys.length === 0) return value;
    const nullable = getNullableType(type);
    const [key, ...rest] = keys;
    if (isListType(nullable)) return [put(nullable.ofType, rest)];
    if (!isInputObjectType(nullable)) throw new Error(`no field ${String(key)} in ${String(type)}`);
    return { ...(sampleValue(nullable) as object), [key as string]: put(nullable.getFields()[key as string]!.type, rest) };
  };
  return put(place.argument.type, place.keys);
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

export interface OperationOptions {
  /** Arguments to pass on the way, by field name (a real id where a sample would find nothing). */
  arguments?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** What to select on the site's field (`{ __typename }` by default). */
  selection?: string;
}

/**
 * An operation that reaches the site's field and passes `value` at the place, every other
 * required argument on the way sampled (or as given in `options.arguments`). As variables
 * (`given: 'variables'`) or written into the document as literals.
 */
export function operationWith(site: FieldSite, place: InputPlace | undefined, value: unknown, given: 'variables' | 'literal', options: OperationOptions = {}): Operation {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  let selection = '';
  site.path.forEach((field, level) => {
    const passed = options.arguments?.[field.name] ?? {};
    const args = field.args
      .filter((argument) => (place && level === site.path.length - 1 && argument === place.argument) || argument.name in passed || isNonNullType(argument.type))
      .map((argument) => {
        const argumentValue =
          place && level === site.path.length - 1 && argument === place.argument ? argumentWith(place, value) : argument.name in passed ? passed[argument.name] : sampleValue(argument.type);
        if (given === 'literal') return `${argument.name}: ${print(astFromValue(argumentValue, argument.type)!)}`;
        const name = `v${level}_${argument.name}`;
        definitions.push(`$${name}: ${String(argument.type)}`);
        variables[name] = argumentValue;
        return `${argument.name}: $${name}`;
      });
    selection += `${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}`;
    const last = options.selection ?? (isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '');
    selection += level === site.path.length - 1 ? (last ? ` ${last}` : '') : ' { ';
  });
  selection += ' }'.repeat(site.path.length - 1);
  return { query: `${site.operation}${definitions.length > 0 ? `(${definitions.join(', ')})` : ''} { ${selection} }`, variables };
}
