import { Kind, parse, type DefinitionNode, type StringValueNode } from 'graphql';
import { AnchorMissing } from './text-edits';

/**
 * Descriptions of what the new subgraph declares again (the `Date` scalar, `Query`, `Mutation`, the
 * `Worker` and `AuditTrail` entities and their keys, a data-subject request part's report), as the existing subgraphs write them: composition
 * hints at descriptions that differ, so they are copied, not retyped.
 */
export interface SharedDescriptions {
  date: string;
  query: string;
  worker: string;
  workerId: string;
  auditTrail: string;
  auditTrailPageKey: string;
  mutation: string;
  partReport: string;
  partReportField: string;
}

/** The description as written in the source, quotes and line breaks included. */
const raw = (source: string, description: StringValueNode | undefined) => (description?.loc ? source.slice(description.loc.start, description.loc.end) : undefined);

function find(schemas: readonly { file: string; sdl: string }[], typeName: string, fieldName?: string): string {
  for (const { sdl } of schemas) {
    const definition = parse(sdl).definitions.find((d: DefinitionNode) => 'name' in d && d.name?.value === typeName && (d.kind === Kind.SCALAR_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_DEFINITION));
    if (!definition || !('description' in definition)) continue;
    if (!fieldName) {
      const text = raw(sdl, definition.description);
      if (text) return text;
      continue;
    }
    const field = definition.kind === Kind.OBJECT_TYPE_DEFINITION ? definition.fields?.find((f) => f.name.value === fieldName) : undefined;
    const text = raw(sdl, field?.description);
    if (text) return text;
  }
  throw new AnchorMissing('subgraphs/*/schema.graphql', `a description of ${fieldName ? `${typeName}.${fieldName}` : typeName}`);
}

/** From the subgraphs' schemas in catalog order: the owner of `Worker` and `AuditTrail` comes first. */
export function sharedDescriptions(schemas: readonly { file: string; sdl: string }[]): SharedDescriptions {
  return {
    date: find(schemas, 'Date'),
    query: find(schemas, 'Query'),
    worker: find(schemas, 'Worker'),
    workerId: find(schemas, 'Worker', 'id'),
    auditTrail: find(schemas, 'AuditTrail'),
    auditTrailPageKey: find(schemas, 'AuditTrail', 'pageKey'),
    mutation: find(schemas, 'Mutation'),
    partReport: find(schemas, 'DataSubjectPartReport'),
    partReportField: find(schemas, 'DataSubjectPartReport', 'report'),
  };
}
