/**
 * The check that the `@personal` marks and the purpose registry tell the whole truth, since the
 * record of processing, the purpose check and erasure all read the marks: a field that holds
 * personal data but is not marked escapes all three. Run by `npm run processing-record -- --check`
 * (in `npm test`) and before the record is generated.
 */
import path from 'node:path';
import { Kind, type DefinitionNode, type FieldDefinitionNode } from 'graphql';
import { personalFieldsOf, type PersonalField } from '../../lib/privacy/personal-fields';
import { parsePurposeRegistry, PurposeRegistryError, type PurposeRegistry } from '../../lib/privacy/purposes';
import type { SubgraphEntry } from '../../subgraphs/catalog';
import { personalDataNamed, UNMARKED_BY_DESIGN } from './personal-field-names';
import type { PrivacySources, SubgraphSchema } from './privacy-sources';
import { ROOT } from './root';

/** A marked field with the subgraph whose schema marks it: the one that holds the data. */
export interface HeldField extends PersonalField {
  subgraph: SubgraphEntry;
}

export interface MarksCheck {
  /** Everything wrong, one sentence each naming the field or purpose; empty when all is well. */
  problems: string[];
  held: HeldField[];
  /** The registry, validated against the marked fields; null when it is not valid. */
  registry: PurposeRegistry | null;
}

// Root fields are entry points: what they answer is checked on its own type, and their names
// speak of arguments (`workerByNik`), which are input.
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const OUTPUT_KINDS = new Set<string>([Kind.OBJECT_TYPE_DEFINITION, Kind.OBJECT_TYPE_EXTENSION, Kind.INTERFACE_TYPE_DEFINITION, Kind.INTERFACE_TYPE_EXTENSION]);

const shown = (file: string) => (path.relative(ROOT, file).startsWith('..') ? file : path.relative(ROOT, file));

function outputFields(definition: DefinitionNode): { typeName: string; fields: readonly FieldDefinitionNode[] } | null {
  if (!OUTPUT_KINDS.has(definition.kind) || !('fields' in definition) || !('name' in definition) || !definition.name) return null;
  if (ROOT_TYPES.has(definition.name.value)) return null;
  return { typeName: definition.name.value, fields: (definition.fields ?? []) as readonly FieldDefinitionNode[] };
}

/** Output fields whose name says personal data but that carry no mark: `[coordinate, what]`. */
function unmarkedLookalikes({ document }: SubgraphSchema): [string, string][] {
  const found: [string, string][] = [];
  for (const definition of document.definitions) {
    const output = outputFields(definition);
    for (const field of output?.fields ?? []) {
      if (field.directives?.some((directive) => directive.name.value === 'personal')) continue;
      const what = personalDataNamed(field.name.value);
      if (what) found.push([`${output!.typeName}.${field.name.value}`, what]);
    }
  }
  return found;
}

function registryProblems(error: PurposeRegistryError): string[] {
  const [, ...problems] = error.message.split('\n  - ');
  return problems.length > 0 ? problems : [error.message];
}

export function checkPersonalDataMarks(sources: PrivacySources): MarksCheck {
  const problems: string[] = [];
  const held: HeldField[] = [];
  const excused = new Set<string>();
  for (const schema of sources.schemas) {
    try {
      held.push(...personalFieldsOf(schema.document).map((field) => ({ ...field, subgraph: schema.entry })));
    } catch (err) {
      problems.push(`${schema.entry.name}: ${(err as Error).message}`);
    }
    for (const [coordinate, what] of unmarkedLookalikes(schema)) {
      if (coordinate in UNMARKED_BY_DESIGN) excused.add(coordinate);
      else problems.push(`${schema.entry.name}: ${coordinate} looks like ${what} by its name but is not marked @personal(category: …); mark it, or list it in UNMARKED_BY_DESIGN (scripts/lib/personal-field-names.ts) with why it is not personal`);
    }
  }
  for (const coordinate of Object.keys(UNMARKED_BY_DESIGN)) {
    if (!excused.has(coordinate)) problems.push(`UNMARKED_BY_DESIGN lists ${coordinate}, which no subgraph schema has unmarked any more: remove it`);
  }

  const file = shown(sources.registryFile);
  let registry: PurposeRegistry | null = null;
  try {
    registry = parsePurposeRegistry(sources.registryJson, file, new Set(held.map((field) => field.coordinate)));
  } catch (err) {
    if (!(err instanceof PurposeRegistryError)) throw err;
    problems.push(...registryProblems(err).map((problem) => `${file}: ${problem}`));
  }

  // Read from the JSON as written, so this holds even while the registry has other faults.
  const purposes = (sources.registryJson as { purposes?: unknown } | null)?.purposes;
  const allowed = new Set((Array.isArray(purposes) ? purposes : []).flatMap((purpose: { fields?: unknown }) => (Array.isArray(purpose?.fields) ? purpose.fields : [])));
  for (const field of held) {
    if (!allowed.has(field.coordinate)) {
      problems.push(`${field.subgraph.name}: ${field.coordinate} is marked @personal but no purpose in ${file} allows it: personal data nobody may lawfully read; add it to the purpose that needs it, or stop holding it`);
    }
  }
  return { problems, held, registry };
}
