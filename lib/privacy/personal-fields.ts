import { Kind, type DocumentNode, type StringValueNode } from 'graphql';
import { isPersonalDataCategory, type PersonalDataCategory } from './categories';

/** One field a subgraph schema marks `@personal`. */
export interface PersonalField {
  /** Schema coordinate, e.g. `Worker.phone`. */
  coordinate: string;
  typeName: string;
  fieldName: string;
  category: PersonalDataCategory;
}

/**
 * The fields a subgraph's SDL marks `@personal(category: …)`: the one source for the access
 * guard, the record of processing and the check that nothing personal goes unmarked.
 */
export function personalFieldsOf(document: DocumentNode): PersonalField[] {
  const fields: PersonalField[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const mark = field.directives?.find((directive) => directive.name.value === 'personal');
      if (!mark) continue;
      const coordinate = `${definition.name.value}.${field.name.value}`;
      const argument = mark.arguments?.find((arg) => arg.name.value === 'category')?.value;
      const category = argument?.kind === Kind.STRING ? (argument as StringValueNode).value : '';
      if (!isPersonalDataCategory(category)) throw new Error(`${coordinate} is marked @personal with category "${category}", which is not one of the graph's categories`);
      fields.push({ coordinate, typeName: definition.name.value, fieldName: field.name.value, category });
    }
  }
  return fields;
}
