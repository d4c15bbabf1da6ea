import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { astFromValue, getNamedType, isLeafType, isNonNullType, isObjectType, print, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { operationPlugin } from '../../lib/graphql/operation-plugin';
import { SUBGRAPHS, type SubgraphEntry } from '../../subgraphs/catalog';
import type { AccessPolicy } from '../../subgraphs/runtime/access/policy';
import { everyone, type Rule } from '../../subgraphs/runtime/access/rules';
import type { AnySubgraphDefinition } from '../../subgraphs/runtime/definition';
import { sampleValue } from '../e2e/support/api-schema';

/**
 * The gateway serves a cached answer to anyone, so a cache hint on anything whose answer
 * depends on who asks would leak it. For every field the access policy guards (and every
 * statistics field) that can be reached through a cacheable object or from the root, neither
 * the field nor its type may carry a cache hint, and it may not be a leaf that inherits one.
 */
const DEFINITIONS = SUBGRAPHS.map(definitionOf);

/** A subgraph's definition, the one its `subgraph.ts` exports: every subgraph of the catalog is checked. */
function definitionOf(entry: SubgraphEntry): AnySubgraphDefinition {
  const exported = Object.values(require(path.join(__dirname, '..', '..', 'subgraphs', entry.folder, 'subgraph')) as Record<string, unknown>);
  const definition = exported.find((value) => typeof value === 'object' && value !== null && 'typeDefs' in value && (value as AnySubgraphDefinition).entry?.name === entry.name);
  if (!definition) throw new Error(`subgraphs/${entry.folder}/subgraph.ts exports no definition of ${entry.name}`);
  return definition as AnySubgraphDefinition;
}

const hasMutations = (definition: AnySubgraphDefinition) => buildSubgraphSchema([{ typeDefs: definition.typeDefs }]).getMutationType() != null;

interface Hint {
  maxAge?: number;
  inheritMaxAge?: boolean;
}

function hintOf(node: { astNode?: { directives?: readonly any[] } | null } | undefined): Hint {
  const directive = node?.astNode?.directives?.find((d) => d.name.value === 'cacheControl');
  const hint: Hint = {};
  for (const arg of directive?.arguments ?? []) {
    if (arg.name.value === 'maxAge') hint.maxAge = Number(arg.value.value);
    if (arg.name.value === 'inheritMaxAge') hint.inheritMaxAge = arg.value.value === true;
  }
  return hint;
}

const cacheable = (hint: Hint) => (hint.maxAge ?? 0) > 0 || hint.inheritMaxAge === true;

function guardedFields(schema: GraphQLSchema, policy: AccessPolicy): { coordinate: string; rule: Rule; statistics: boolean }[] {
  const result = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_') || type.name === 'Mutation') continue;
    for (const field of Object.values(type.getFields())) {
      const entry = policy[`${type.name}.${field.name}`] ?? policy[`${type.name}.*`];
      if (!entry) continue;
      const access = 'refuse' in entry ? { rule: entry, statistics: false } : { rule: entry.rule, statistics: entry.statistics === true };
      result.push({ coordinate: `${type.name}.${field.name}`, ...access });
    }
  }
  return result;
}

describe.each(DEFINITIONS.map((d) => [d.entry.name, d] as const))('cache hints of %s', (_name, definition) => {
  const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs }]);

  it('make nothing cacheable that depends on who asks', () => {
    const leaks: string[] = [];
    for (const { coordinate, rule, statistics } of guardedFields(schema, definition.access)) {
      if (rule === everyone && !statistics) continue;
      const [typeName, fieldName] = coordinate.split('.') as [string, string];
      const parent = schema.getType(typeName)!;
      const field = isObjectType(parent) ? parent.getFields()[fieldName]! : undefined;
      const returned: GraphQLNamedType = getNamedType(field!.type);
      // An answer's cache policy is the strictest of all its fields: a field reached only through
      // an object with no hint (a Worker, a Placement) is never in a cacheable answer. Root fields
      // start a path of their own.
      if (typeName !== 'Query' && !cacheable(hintOf(parent))) continue;
      if (cacheable(hintOf(field))) leaks.push(`${coordinate} has a cache hint`);
      if (isLeafType(returned) && typeName !== 'Query') leaks.push(`${coordinate} inherits the cache hint of ${typeName}`);
      if (!isLeafType(returned) && cacheable(hintOf(returned))) leaks.push(`${coordinate} returns ${returned.name}, which has a cache hint`);
    }
    expect(leaks).toEqual([]);
  });
});

/** Each mutation of the schema with its required arguments sampled, selecting only `__typename`. */
function mutationDocuments(schema: GraphQLSchema): [string, string][] {
  return Object.values(schema.getMutationType()!.getFields()).map((field) => {
    const args = field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => `${arg.name}: ${print(astFromValue(sampleValue(arg.type), arg.type)!)}`);
    return [field.name, `mutation { ${field.name}(${args.join(', ')}) { __typename } }`];
  });
}

/** The Cache-Control each mutation's answer gets from a server over the subgraph's schema. */
async function mutationCacheControl(schema: GraphQLSchema, plugins: ReturnType<typeof operationPlugin>[]) {
  const rootValue = Object.fromEntries(Object.keys(schema.getMutationType()!.getFields()).map((name) => [name, () => ({})]));
  const server = new ApolloServer({ schema, plugins, rootValue });
  await server.start();
  const answers: [string, string | undefined][] = [];
  for (const [name, query] of mutationDocuments(schema)) {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${name} failed: ${JSON.stringify(response.body)}`);
    answers.push([name, response.http.headers.get('cache-control')]);
  }
  await server.stop();
  return answers;
}

describe.each(DEFINITIONS.filter(hasMutations).map((d) => [d.entry.name, d] as const))('mutations of %s', (_name, definition) => {
  const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs }]);

  it('are never cacheable, whatever the cache hints of what they return', async () => {
    const answers = await mutationCacheControl(schema, [operationPlugin()]);
    expect(answers).toEqual(Object.keys(schema.getMutationType()!.getFields()).map((name) => [name, 'no-store']));
  });

  it('would be, for each mutation returning a hinted type, without the operation plugin (what it guards against)', async () => {
    const hinted = Object.values(schema.getMutationType()!.getFields()).filter((field) => cacheable(hintOf(getNamedType(field.type))));
    const answers = new Map(await mutationCacheControl(schema, []));
    expect(hinted.map((field) => [field.name, answers.get(field.name)])).toEqual(hinted.map((field) => [field.name, expect.stringMatching(/^max-age=\d+, public$/)]));
  });
});

it('mutations return hinted types, so the guard above is not idle', () => {
  const hinted = DEFINITIONS.flatMap((definition) => {
    const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs }]);
    return Object.values(schema.getMutationType()?.getFields() ?? {}).filter((field) => cacheable(hintOf(getNamedType(field.type)))).map((field) => field.name);
  });
  expect(hinted.sort()).toEqual(['addProduct', 'publishJobOpening', 'registerBusiness']);
});

it('public data is hinted, so the cache has something to do', () => {
  const hinted = DEFINITIONS.flatMap((definition) => {
    const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs }]);
    return Object.values(schema.getTypeMap()).filter((type) => (hintOf(type).maxAge ?? 0) > 0).map((type) => `${definition.entry.name}:${type.name}`);
  });
  expect(hinted.sort()).toEqual(
    ['esdm:EnergyCourse', 'esdm:JobOpening', 'koperasi-ukm:Business', 'koperasi-ukm:Country', 'koperasi-ukm:KurBank', 'koperasi-ukm:Product', 'kp2mi:Country', 'kp2mi:JobOpening', 'perindustrian:IndustryCourse'].sort(),
  );
});
