import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

/** One scalar value an operation sends, wherever it sits: an argument, an input field, a list item. */
export interface InputLeaf {
  /** Its place from the argument, as a form names it: `input.birthDate`, `filter.nameContains`, `input.markets[2]`. */
  field: string;
  type: GraphQLScalarType;
  /** The value as given in the variables, or the literal written in the document. */
  value: { given: unknown } | { literal: ValueNode };
}

/** An argument of a field in the operation (or a fragment it spreads), with its type. */
interface ArgumentSite {
  name: string;
  type: GraphQLInputType;
  value: ValueNode;
}

type Variables = Readonly<Record<string, unknown>>;

// The same parsed operation comes back for the same query text: its arguments are found once.
const sitesByOperation = new WeakMap<OperationDefinitionNode, ArgumentSite[]>();

function usedFragments(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  for (let next = pending.pop(); next; next = pending.pop()) {
    visit(next, {
      FragmentSpread(spread) {
        const fragment = byName.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...used.values()];
}

function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentSite[] {
  const known = sitesByOperation.get(operation);
  if (known) return known;
  const sites: ArgumentSite[] = [];
  for (const node of [operation, ...usedFragments(document, operation)]) {
    const typeInfo = new TypeInfo(schema);
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Argument(argument) {
          const definition = typeInfo.getArgument();
          if (definition && typeInfo.getDirective() === null) sites.push({ name: argument.name.value, type: definition.type, value: argument.value });
        },
      }),
    );
  }
  sitesByOperation.set(operation, sites);
  return sites;
}

/** Walks a value given in the variables against the input type of the place it is used in. */
function walkGiven(value: unknown, type: GraphQLInputType, field: string, visitLeaf: (leaf: InputLeaf) => void): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    // A single value where a list is expected is coerced to a list of one.
    if (Array.isArray(value)) value.forEach((item, index) => walkGiven(item, nullable.ofType, `${field}[${index}]`, visitLeaf));
    else walkGiven(value, nullable.ofType, field, visitLeaf);
  } else if (isInputObjectType(nullable)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value)) {
      const definition = fields[name];
      if (definition) walkGiven(item, definition.type, `${field}.${name}`, visitLeaf);
    }
  } else if (isScalarType(nullable)) {
    visitLeaf({ field, type: nullable, value: { given: value } });
  }
}

interface Scope {
  variables: Variables;
  defaults: ReadonlyMap<string, ValueNode>;
}

/** Walks a literal of the document; a variable in it is walked as given (or as its default). */
function walkLiteral(node: ValueNode, type: GraphQLInputType, field: string, scope: Scope, visitLeaf: (leaf: InputLeaf) => void): void {
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    if (Object.hasOwn(scope.variables, name)) walkGiven(scope.variables[name], type, field, visitLeaf);
    else {
      const fallback = scope.defaults.get(name);
      if (fallback) walkLiteral(fallback, type, field, scope, visitLeaf);
    }
    return;
  }
  if (node.kind === Kind.NULL) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (node.kind === Kind.LIST) node.values.forEach((item, index) => walkLiteral(item, nullable.ofType, `${field}[${index}]`, scope, visitLeaf));
    else walkLiteral(node, nullable.ofType, field, scope, visitLeaf);
  } else if (isInputObjectType(nullable)) {
    if (node.kind !== Kind.OBJECT) return;
    const fields = nullable.getFields();
    for (const item of node.fields) {
      const definition = fields[item.name.value];
      if (definition) walkLiteral(item.value, definition.type, `${field}.${item.name.value}`, scope, visitLeaf);
    }
  } else if (isScalarType(nullable)) {
    visitLeaf({ field, type: nullable, value: { literal: node } });
  }
}

/**
 * Every scalar value the operation passes to a field argument, from its literals and from the
 * variables it uses, each with its place and its type in the schema. Values in places the schema
 * does not know are left to validation; directive arguments (`@include(if:)`) are not inputs.
 */
export function forEachInputLeaf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables | undefined,
  visitLeaf: (leaf: InputLeaf) => void,
): void {
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  const scope: Scope = { variables: variables ?? {}, defaults };
  for (const site of argumentSites(schema, document, operation)) walkLiteral(site.value, site.type, site.name, scope, visitLeaf);
}
