import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** One operation of a parsed document, with the schema it runs against. */
export interface OperationInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

export interface FieldVisit {
  node: FieldNode;
  /** The field's definition in the schema; undefined for a field the schema does not have. */
  definition: GraphQLField<unknown, unknown> | undefined;
  /** The measure of the field's own selection (0 for a leaf), computed only when called. */
  children: () => number;
}

/**
 * Folds a measure over the fields of an operation, as executed: named and inline fragments
 * are expanded in place, and `combine` merges the measures of one selection set (from 0).
 * A named fragment is measured once and reused wherever it is spread, so the work is linear
 * in the document's size even when fragments spread other fragments many times over.
 */
export function foldFields(input: OperationInput, visit: (field: FieldVisit) => number, combine: (a: number, b: number) => number): number {
  const { schema, document, operation } = input;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, number>();

  const measureSet = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number =>
    set.selections.reduce((total, selection) => combine(total, measureSelection(selection, parent)), 0);

  const measureSelection = (selection: SelectionNode, parent: GraphQLNamedType | undefined): number => {
    if (selection.kind === Kind.FIELD) {
      const definition = fieldDefinition(schema, parent, selection.name.value);
      const set = selection.selectionSet;
      const fieldType = definition ? getNamedType(definition.type) : undefined;
      return visit({ node: selection, definition, children: () => (set ? measureSet(set, fieldType) : 0) });
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      return measureSet(selection.selectionSet, type);
    }
    const name = selection.name.value;
    const known = measured.get(name);
    if (known !== undefined) return known;
    // Validation has refused fragment cycles before any limit is checked; should one reach here, it measures 0.
    measured.set(name, 0);
    const fragment = fragments.get(name);
    const value = fragment ? measureSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)) : 0;
    measured.set(name, value);
    return value;
  };

  return measureSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

function fieldDefinition(schema: GraphQLSchema, parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (parent !== undefined && parent === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}
