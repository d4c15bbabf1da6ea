import { buildSubgraphSchema } from '@apollo/subgraph';
import { getNamedType, isLeafType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import type { AccessPolicy } from '../../subgraphs/runtime/access/policy';
import { everyone, type Rule } from '../../subgraphs/runtime/access/rules';
import type { AnySubgraphDefinition } from '../../subgraphs/runtime/definition';
import { esdm } from '../../subgraphs/esdm/subgraph';
import { koperasiUkm } from '../../subgraphs/koperasi-ukm/subgraph';
import { kp2mi } from '../../subgraphs/kp2mi/subgraph';
import { perindustrian } from '../../subgraphs/perindustrian/subgraph';

/**
 * The gateway serves a cached answer to anyone, so a cache hint on anything whose answer
 * depends on who asks would leak it. For every field the access policy guards (and every
 * statistics field) that can be reached through a cacheable object or from the root, neither
 * the field nor its type may carry a cache hint, and it may not be a leaf that inherits one.
 */
const DEFINITIONS = [kp2mi, esdm, perindustrian, koperasiUkm] as unknown as AnySubgraphDefinition[];

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

it('public data is hinted, so the cache has something to do', () => {
  const hinted = DEFINITIONS.flatMap((definition) => {
    const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs }]);
    return Object.values(schema.getTypeMap()).filter((type) => (hintOf(type).maxAge ?? 0) > 0).map((type) => `${definition.entry.name}:${type.name}`);
  });
  expect(hinted.sort()).toEqual(
    ['esdm:EnergyCourse', 'esdm:JobOpening', 'koperasi-ukm:Business', 'koperasi-ukm:Country', 'koperasi-ukm:KurBank', 'koperasi-ukm:Product', 'kp2mi:Country', 'kp2mi:JobOpening', 'perindustrian:IndustryCourse'].sort(),
  );
});
