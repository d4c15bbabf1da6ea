import { Kind, parse, visit, type ConstValueNode } from 'graphql';

const PERSONAL_DATA_SCOPE = 'pii:read';

function scopesOf(value: ConstValueNode | undefined): string[] {
  if (!value) return [];
  if (value.kind === Kind.LIST) return value.values.flatMap(scopesOf);
  return value.kind === Kind.STRING ? [value.value] : [];
}

/**
 * `Worker.nik` …: the fields the supergraph guards with `@requiresScopes` naming `pii:read`, the
 * graph's personal data. An export that reads one is on record in the audit trail.
 */
export function personalDataCoordinates(supergraphSdl: string): ReadonlySet<string> {
  const coordinates = new Set<string>();
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
      const guarded = node.directives?.some((directive) => directive.name.value === 'requiresScopes' && directive.arguments?.some((argument) => scopesOf(argument.value).includes(PERSONAL_DATA_SCOPE)));
      if (guarded) coordinates.add(`${typeName}.${node.name.value}`);
    },
  });
  return coordinates;
}
