import { getNullableType, isEnumType, isInputObjectType, isInterfaceType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import type { SchemaChange } from './schema-change';
import type { Usage } from './usage';

/** Why a change touches an operation, in words (`selects Worker.fullName`), or undefined when it does not. */
type Touch = string | undefined;

function argumentOf(schema: GraphQLSchema, [typeName, fieldName, argumentName]: string[]) {
  const type = schema.getType(typeName!);
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  return type.getFields()[fieldName!]?.args.find((arg) => arg.name === argumentName);
}

function argumentIsRequired(schema: GraphQLSchema, segments: string[]): boolean {
  const argument = argumentOf(schema, segments);
  return argument !== undefined && isNonNullType(argument.type) && argument.defaultValue === undefined;
}

/** An argument that only became required (`WorkerFilter` to `WorkerFilter!`), passed in a way that still holds: a literal, or a non-null variable. */
function stillPassable(change: SchemaChange, usage: Usage, baseline: GraphQLSchema, proposed: GraphQLSchema): boolean {
  const segments = change.path.split('.');
  const before = argumentOf(baseline, segments);
  const after = argumentOf(proposed, segments);
  if (!before || !after || String(after.type) !== `${String(before.type)}!`) return false;
  const passed = usage.passedAs.get(change.path);
  return passed !== undefined && ('literal' in passed || passed.variableType.endsWith('!'));
}

/**
 * Whether a change reaches an operation, judged by what the path names in the baseline schema
 * (or, for something new, in the proposed one):
 * - a type: the operation touches the type;
 * - a field of an object or interface: the operation selects it;
 * - an input field: the operation writes it, or sends the input type in its variables;
 * - an enum value: the operation writes the value, or may send the enum in its variables;
 * - an argument: the operation passes it, or (when it is now required) selects the field without it.
 */
export function touches(change: SchemaChange, usage: Usage, baseline: GraphQLSchema, proposed: GraphQLSchema): Touch {
  const segments = change.path.split('.');
  const [typeName, member] = segments as [string, string | undefined];
  if (segments.length === 1) return usage.types.has(typeName) ? `uses the type ${typeName}` : undefined;
  if (segments.length === 3) {
    const field = `${typeName}.${member}`;
    if (usage.arguments.has(change.path)) return stillPassable(change, usage, baseline, proposed) ? undefined : `passes ${change.path}`;
    if (usage.fields.has(field) && (argumentIsRequired(proposed, segments) || change.type === 'FIELD_ARGUMENT_DEFAULT_CHANGED')) return `selects ${field} without passing ${segments[2]}`;
    return undefined;
  }
  const type = baseline.getType(typeName) ?? proposed.getType(typeName);
  if (isObjectType(type) || isInterfaceType(type)) return usage.fields.has(change.path) ? `selects ${change.path}` : undefined;
  if (isInputObjectType(type)) {
    if (usage.fields.has(change.path)) return `writes ${change.path}`;
    return usage.inputTypes.has(typeName) ? `sends ${typeName} in its variables` : undefined;
  }
  if (isEnumType(getNullableType(type))) {
    if (usage.enumValues.has(change.path)) return `writes ${change.path}`;
    return usage.inputTypes.has(typeName) ? `may send ${typeName} values in its variables` : undefined;
  }
  return usage.types.has(typeName) ? `uses the type ${typeName}` : undefined;
}

export interface AffectedOperation {
  name: string;
  client: string;
  owner: string;
  file: string;
  reason: string;
  /** Why its client's owner took the change in (its `accepts` in client.json), when they did. */
  accepted?: string;
}

export type Verdict = 'safe' | 'safe by usage' | 'dangerous for' | 'accepted' | 'fails';

export interface JudgedChange extends SchemaChange {
  verdict: Verdict;
  operations: AffectedOperation[];
}

/**
 * Judges each change by the registered operations: a breaking change that touches one fails,
 * unless the owner of every client it touches has accepted it (a deliberate contract change);
 * a dangerous one that touches one is reported with them but passes; either, touching none, is
 * safe by usage; what is not breaking or dangerous is safe.
 */
export function judge(changes: readonly SchemaChange[], usages: readonly Usage[], baseline: GraphQLSchema, proposed: GraphQLSchema): JudgedChange[] {
  return changes.map((change) => {
    if (change.level === 'NON_BREAKING') return { ...change, verdict: 'safe', operations: [] };
    const operations = usages.flatMap((usage) => {
      const reason = touches(change, usage, baseline, proposed);
      const { operation } = usage;
      if (!reason) return [];
      const accepted = operation.client.accepts.find((acceptance) => acceptance.change === change.message)?.why;
      return [{ name: operation.name, client: operation.client.id, owner: operation.client.owner, file: operation.file, reason, ...(accepted ? { accepted } : {}) }];
    });
    if (operations.length === 0) return { ...change, verdict: 'safe by usage', operations };
    if (change.level !== 'BREAKING') return { ...change, verdict: 'dangerous for', operations };
    // Only the operations whose clients have not accepted it break: those are the ones listed.
    const refusing = operations.filter((operation) => operation.accepted === undefined);
    return refusing.length === 0 ? { ...change, verdict: 'accepted', operations } : { ...change, verdict: 'fails', operations: refusing };
  });
}
