import { Kind, parse, print, type ConstDirectiveNode } from 'graphql';
import type { SchemaChange } from './schema-change';

/**
 * Directives that narrow who may read a field or type. Adding one (or changing its arguments)
 * to something an operation reads makes that operation fail for callers who could run it before;
 * graphql-inspector sees at most a directive change, so the check reads them from the supergraph.
 */
const ACCESS_DIRECTIVES = ['requiresScopes', 'authenticated', 'policy'];

function accessOf(directives: readonly ConstDirectiveNode[] | undefined): string | undefined {
  const found = (directives ?? []).filter((directive) => ACCESS_DIRECTIVES.includes(directive.name.value));
  return found.length === 0 ? undefined : found.map((directive) => print(directive)).sort().join(' ');
}

/** The access directives on every type and field of a supergraph, by coordinate (`Worker`, `Worker.nik`). */
export function accessByCoordinate(supergraphSdl: string): Map<string, string> {
  const access = new Map<string, string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const onType = accessOf(definition.directives);
    if (onType) access.set(definition.name.value, onType);
    for (const field of definition.fields ?? []) {
      const onField = accessOf(field.directives);
      if (onField) access.set(`${definition.name.value}.${field.name.value}`, onField);
    }
  }
  return access;
}

/** Every type or field that exists in both supergraphs and asks more of its callers in the new one. */
export function accessChanges(baseline: string, proposed: string, stillThere: (coordinate: string) => boolean): SchemaChange[] {
  const before = accessByCoordinate(baseline);
  const changes: SchemaChange[] = [];
  for (const [coordinate, now] of accessByCoordinate(proposed)) {
    const was = before.get(coordinate);
    if (was === now || !stillThere(coordinate)) continue;
    changes.push({
      level: 'BREAKING',
      type: 'ACCESS_TIGHTENED',
      path: coordinate,
      message: was ? `Access to ${coordinate} changed from ${was} to ${now}` : `${coordinate} now requires ${now}`,
    });
  }
  return changes;
}
