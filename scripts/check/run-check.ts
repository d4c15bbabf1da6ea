import { diff } from '@graphql-inspector/core';
import { isInterfaceType, isObjectType, validate, type GraphQLSchema } from 'graphql';
import type { RegisteredOperation } from '../../lib/operation-registry';
import { apiSchemaOf } from '../lib/api-schema';
import { composeSources, type CompositionMessage, type SubgraphSource } from '../lib/composition';
import { accessChanges } from './access';
import { judge, type JudgedChange } from './judge';
import type { SchemaChange } from './schema-change';
import { operationUsage } from './usage';

export interface CheckInput {
  /** What the proposal is compared with: a supergraph, and where it came from (`main at 1a2b3c4`). */
  baseline: { label: string; supergraph: string };
  /** The proposed subgraph schemas (the working tree's, some perhaps replaced). */
  subgraphs: readonly SubgraphSource[];
  registry: readonly RegisteredOperation[];
}

/** A registered operation that does not validate against the proposed schema, and why. */
export interface InvalidOperation {
  name: string;
  client: string;
  owner: string;
  file: string;
  errors: string[];
}

interface Checked {
  baseline: string;
  clients: string[];
  operations: number;
}

export type CheckResult =
  | (Checked & { ok: false; stage: 'composition'; errors: CompositionMessage[] })
  | (Checked & { ok: boolean; stage: 'diff'; changes: JudgedChange[]; invalid: InvalidOperation[] });

/** Whether a coordinate (`Type` or `Type.field`) names something in the schema. */
function exists(schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName, fieldName] = coordinate.split('.') as [string, string | undefined];
  const type = schema.getType(typeName);
  if (!type) return false;
  if (fieldName === undefined) return true;
  return (isObjectType(type) || isInterfaceType(type)) && fieldName in type.getFields();
}

/**
 * The subgraph check: composes the proposed subgraphs, diffs the API schema clients would see
 * against the baseline's, and judges each change by the registered operations. Offline: the
 * registry stands in for the traffic that hosted registries record.
 */
export async function runCheck(input: CheckInput): Promise<CheckResult> {
  const clients = [...new Set(input.registry.map((operation) => operation.client.id))].sort();
  const checked: Checked = { baseline: input.baseline.label, clients, operations: input.registry.length };
  const composed = composeSources(input.subgraphs);
  if (!composed.ok) return { ...checked, ok: false, stage: 'composition', errors: composed.errors };

  const baseline = apiSchemaOf(input.baseline.supergraph);
  const proposed = apiSchemaOf(composed.supergraph);
  const inspected: SchemaChange[] = (await diff(baseline, proposed)).map((change) => ({ level: change.criticality.level, type: change.type, path: change.path ?? '', message: change.message }));
  const changes = [...inspected, ...accessChanges(input.baseline.supergraph, composed.supergraph, (coordinate) => exists(baseline, coordinate) && exists(proposed, coordinate))];
  const judged = judge(changes, input.registry.map((operation) => operationUsage(baseline, operation)), baseline, proposed);

  // Anything the diff's judgement missed still shows here: an operation that no longer validates.
  const named = new Set(judged.filter((change) => change.verdict === 'fails').flatMap((change) => change.operations.map((operation) => operation.name)));
  const invalid = input.registry.flatMap((operation) => {
    const errors = validate(proposed, operation.document).map((error) => error.message);
    return errors.length === 0 || named.has(operation.name) ? [] : [{ name: operation.name, client: operation.client.id, owner: operation.client.owner, file: operation.file, errors }];
  });
  const ok = !judged.some((change) => change.verdict === 'fails') && invalid.length === 0;
  return { ...checked, ok, stage: 'diff', changes: judged, invalid };
}
