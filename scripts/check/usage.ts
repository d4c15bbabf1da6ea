import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  Kind,
  print,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { RegisteredOperation } from '../../lib/operation-registry';

/**
 * What of the schema one operation depends on, in the coordinates schema diffs speak in:
 * `Worker.fullName` for a field it selects, `Query.workers.first` for an argument it passes,
 * `Sex.FEMALE` for an enum value it writes, and the named types it reads or sends. Read against
 * the schema the operation was written for (the baseline), so a removed field is still found.
 */
export interface Usage {
  operation: RegisteredOperation;
  /** `Type.field` of every field selected, through fragments. */
  fields: Set<string>;
  /** `Type.field.argument` of every argument passed. */
  arguments: Set<string>;
  /** How each argument is passed: a literal, or the declared type of the variable it is passed by (`String!`). */
  passedAs: Map<string, { literal: true } | { variableType: string }>;
  /** `Enum.VALUE` of every enum value written as a literal. */
  enumValues: Set<string>;
  /** Input object and enum types whose values the operation may send: its variables' types, and what they contain. */
  inputTypes: Set<string>;
  /** Every named type the operation touches: selected, spread on or sent. */
  types: Set<string>;
}

/** The input object and enum types a value of this type may hold, all the way down. */
function inputTypesIn(type: GraphQLInputType, into: Set<string>): void {
  const named = getNamedType(type);
  if (into.has(named.name)) return;
  if (isEnumType(named)) into.add(named.name);
  if (isInputObjectType(named)) {
    into.add(named.name);
    for (const field of Object.values(named.getFields())) inputTypesIn(field.type, into);
  }
}

/** Enum values written in a literal, with the input types the literal's objects are of. */
function literalUses(value: ValueNode, type: GraphQLInputType, usage: Usage): void {
  const nullable = getNullableType(type);
  const named = getNamedType(type) as GraphQLNamedType;
  usage.types.add(named.name);
  if (value.kind === Kind.LIST && isListType(nullable)) {
    for (const item of value.values) literalUses(item, nullable.ofType, usage);
  } else if (value.kind === Kind.OBJECT && isInputObjectType(named)) {
    usage.inputTypes.add(named.name);
    const fields = named.getFields();
    for (const field of value.fields) {
      const definition = fields[field.name.value];
      if (!definition) continue;
      usage.fields.add(`${named.name}.${field.name.value}`);
      literalUses(field.value, definition.type, usage);
    }
  } else if (value.kind === Kind.ENUM && isEnumType(named)) {
    usage.enumValues.add(`${named.name}.${value.value}`);
  }
}

export function operationUsage(schema: GraphQLSchema, operation: RegisteredOperation): Usage {
  const usage: Usage = { operation, fields: new Set(), arguments: new Set(), passedAs: new Map(), enumValues: new Set(), inputTypes: new Set(), types: new Set() };
  const variableTypes = new Map<string, string>();
  for (const definition of operation.document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) variableTypes.set(variable.variable.name.value, print(variable.type));
  }
  const typeInfo = new TypeInfo(schema);
  visit(
    operation.document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        usage.fields.add(`${parent.name}.${field.name}`);
        usage.types.add(parent.name);
        usage.types.add(getNamedType(field.type).name);
      },
      Argument(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const argument = typeInfo.getArgument();
        if (!parent || !field || !argument || typeInfo.getDirective()) return;
        const coordinate = `${parent.name}.${field.name}.${argument.name}`;
        usage.arguments.add(coordinate);
        usage.passedAs.set(coordinate, node.value.kind === Kind.VARIABLE ? { variableType: variableTypes.get(node.value.name.value) ?? '' } : { literal: true });
        literalUses(node.value, argument.type, usage);
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type as never) as GraphQLInputType | undefined;
        if (!type) return;
        usage.types.add(getNamedType(type).name);
        inputTypesIn(type, usage.inputTypes);
        if (node.defaultValue) literalUses(node.defaultValue, type, usage);
      },
      InlineFragment(node) {
        if (node.typeCondition) usage.types.add(node.typeCondition.name.value);
      },
      FragmentDefinition(node) {
        usage.types.add(node.typeCondition.name.value);
      },
    }),
  );
  return usage;
}
