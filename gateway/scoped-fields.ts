import { Kind, parse, visit, type ConstValueNode, type FieldDefinitionNode } from 'graphql';

const PERSONAL_DATA_SCOPE = 'pii:read';

function scopesOf(value: ConstValueNode | undefined): string[] {
  if (!value) return [];
  if (value.kind === Kind.LIST) return value.values.flatMap(scopesOf);
  return value.kind === Kind.STRING ? [value.value] : [];
}

/** Every field definition of the supergraph's object and interface types, with its coordinate (`Worker.nik`). */
function eachField(supergraphSdl: string, visitField: (coordinate: string, node: FieldDefinitionNode) => void): void {
  let typeName = '';
  const enter = (node: { name: { value: string } }) => {
    typeName = node.name.value;
  };
  visit(parse(supergraphSdl), {
    ObjectTypeDefinition: enter,
    ObjectTypeExtension: enter,
    InterfaceTypeDefinition: enter,
    InterfaceTypeExtension: enter,
    FieldDefinition(node) {
      visitField(`${typeName}.${node.name.value}`, node);
    },
  });
}

/** Each field the supergraph guards with `@requiresScopes` (`Worker.nik`), with the scopes it names. */
export function scopedFields(supergraphSdl: string): ReadonlyMap<string, readonly string[]> {
  const fields = new Map<string, string[]>();
  eachField(supergraphSdl, (coordinate, node) => {
    const guards = node.directives?.filter((directive) => directive.name.value === 'requiresScopes') ?? [];
    if (guards.length > 0) fields.set(coordinate, guards.flatMap((directive) => directive.arguments?.flatMap((argument) => scopesOf(argument.value)) ?? []));
  });
  return fields;
}

/** Each field the supergraph marks `@personal` (the privacy registry's personal data), guarded by a scope or not (`EnergyEnrollment.score`). */
export function personalFields(supergraphSdl: string): ReadonlySet<string> {
  const fields = new Set<string>();
  eachField(supergraphSdl, (coordinate, node) => {
    if (node.directives?.some((directive) => directive.name.value === 'personal')) fields.add(coordinate);
  });
  return fields;
}

/**
 * Names of the fields whose every read goes on record with its own request id (scope-guarded
 * fields, `@personal` fields): a fetch or an operation asking one is never shared with another.
 */
export function recordedFieldNames(supergraphSdl: string): string[] {
  return [...new Set([...scopedFields(supergraphSdl).keys(), ...personalFields(supergraphSdl)].map((coordinate) => coordinate.split('.')[1]!))].sort();
}

/**
 * Whether a document names a recorded field (`recordedFieldNames`) of the supergraph served now:
 * a word match on its text, so an alias or a fragment cannot hide one. Learnt once per supergraph.
 */
export function namesRecordedField(supergraphSdl: () => string): (document: string) => boolean {
  let learntFor: string | undefined;
  let recorded: RegExp | null = null;
  return (document) => {
    const sdl = supergraphSdl();
    if (sdl !== learntFor) {
      const names = recordedFieldNames(sdl);
      recorded = names.length > 0 ? new RegExp(`\\b(${names.join('|')})\\b`) : null;
      learntFor = sdl;
    }
    return recorded?.test(document) ?? false;
  };
}

/** `Worker.nik` …: the graph's personal data, the fields guarded by `pii:read`. An export that reads one is on record. */
export function personalDataCoordinates(supergraphSdl: string): ReadonlySet<string> {
  return new Set([...scopedFields(supergraphSdl)].filter(([, scopes]) => scopes.includes(PERSONAL_DATA_SCOPE)).map(([coordinate]) => coordinate));
}
