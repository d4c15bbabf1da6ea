import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  TypeNameMetaFieldDef,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
} from 'graphql';
import { HttpError } from '../../lib/http/http-error';

/** A field of the document with the type it was selected on and its definition in the schema. */
export interface SelectedField {
  node: FieldNode;
  /** Its response key: the alias, or the field's name. */
  key: string;
  parent: GraphQLCompositeType;
  definition: GraphQLField<unknown, unknown>;
}

export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/**
 * The fields of a selection set with fragments spread and inline fragments opened, each with the
 * type it is selected on: an export's columns are the union of every field a row may have.
 */
export function selectedFields(schema: GraphQLSchema, selectionSet: SelectionSetNode | undefined, parent: GraphQLCompositeType, fragments: Fragments): SelectedField[] {
  const fields: SelectedField[] = [];
  const visit = (set: SelectionSetNode | undefined, type: GraphQLCompositeType) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldDefinition(type, selection.name.value);
        if (!definition) throw new HttpError(400, 'GRAPHQL_VALIDATION_FAILED', `${type.name} has no field ${selection.name.value}`);
        fields.push({ node: selection, key: selection.alias?.value ?? selection.name.value, parent: type, definition });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, conditionType(schema, selection.typeCondition?.name.value, type));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) throw new HttpError(400, 'GRAPHQL_VALIDATION_FAILED', `Unknown fragment ${selection.name.value}`);
        visit(fragment.selectionSet, conditionType(schema, fragment.typeCondition.name.value, type));
      }
    }
  };
  visit(selectionSet, parent);
  return fields;
}

function fieldDefinition(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

function conditionType(schema: GraphQLSchema, name: string | undefined, fallback: GraphQLCompositeType): GraphQLCompositeType {
  if (name === undefined) return fallback;
  const type = schema.getType(name);
  if (!type || !isCompositeType(type)) throw new HttpError(400, 'GRAPHQL_VALIDATION_FAILED', `Unknown type ${name} in a fragment`);
  return type;
}

/** Whether a field's type has a list anywhere in it (`[String!]!`, `[Placement!]`). */
export function isListField(type: GraphQLType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/** A Relay connection: an object type with `edges` and `pageInfo` (CONTRACT.md, "Conventions"). */
export function isConnectionType(type: GraphQLType): boolean {
  const named = getNamedType(type);
  return isObjectType(named) && 'edges' in named.getFields() && 'pageInfo' in named.getFields();
}

/** A list of objects a row can be read from: a statistics list (`[StatBucket!]!`), or any list of objects at the root. */
export function isObjectList(type: GraphQLType): boolean {
  return isListType(getNullableType(type)) && isCompositeType(getNamedType(type));
}

