import { Kind, parse, type DocumentNode, type GraphQLFormattedError, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** Why a subgraph's part of an answer is missing, as callers may read it: a stable code and words without addresses. */
export interface SubgraphFailure {
  code: 'SUBGRAPH_UNAVAILABLE' | 'SUBGRAPH_TIMEOUT' | 'UNAUTHENTICATED' | 'FORBIDDEN';
  /** Completes "The esdm subgraph …": `is unavailable (its connection was refused)`. */
  reason: string;
}

const CONNECTION_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'is unavailable (its connection was refused)',
  ECONNRESET: 'is unavailable (it closed the connection)',
  EPIPE: 'is unavailable (it closed the connection)',
  ENOTFOUND: 'is unavailable (its address could not be resolved)',
  EAI_AGAIN: 'is unavailable (its address could not be resolved)',
  EHOSTUNREACH: 'is unavailable (it could not be reached)',
  ENETUNREACH: 'is unavailable (it could not be reached)',
};

/**
 * A fetch that did not get an answer: refused, reset, unresolvable, or silent past the timeout
 * (`deadline`: the request's time ran out before the subgraph's own timeout).
 */
export function failureOfFetch(err: unknown, timeoutMs: number, deadline = false): SubgraphFailure {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'SUBGRAPH_TIMEOUT') return { code: 'SUBGRAPH_TIMEOUT', reason: deadline ? 'did not answer before the request ran out of time (REQUEST_DEADLINE_MS)' : `did not answer within ${timeoutMs} ms` };
  return { code: 'SUBGRAPH_UNAVAILABLE', reason: (code && CONNECTION_REASONS[code]) ?? 'is unavailable (the connection failed)' };
}

/** Field response keys of a selection set, with those of inline fragments on `typeName` (or on no type). */
function keysOf(selectionSet: SelectionSetNode, typeName: string | undefined): string[] {
  return selectionSet.selections.flatMap((selection): string[] => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__typename' ? [] : [selection.alias?.value ?? selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT && (!selection.typeCondition || selection.typeCondition.name.value === typeName)) return keysOf(selection.selectionSet, typeName);
    return [];
  });
}

/**
 * The paths a failed fetch leaves without a value, in the shape @apollo/gateway maps onto the
 * client's answer: each root field of a root fetch (`["energyCourses"]`), and each field asked of
 * each entity of an entity fetch (`["_entities", 3, "energyEnrollments"]`, which the gateway turns
 * into `["workers", "edges", 3, "node", "energyEnrollments"]`).
 */
export function missingPaths(document: DocumentNode | undefined, query: string, variables: Record<string, unknown> | undefined): (string | number)[][] {
  const operation = (document ?? parse(query)).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const representations = variables?.representations;
  const entities = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities');
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet || !Array.isArray(representations)) return keysOf(operation.selectionSet, undefined).map((key) => [key]);
  const key = entities.alias?.value ?? '_entities';
  return representations.flatMap((representation: { __typename?: string }, index) => keysOf(entities.selectionSet!, representation.__typename).map((field) => [key, index, field]));
}

/** One error per missing path, each naming the subgraph and why (README, "When a ministry's subgraph fails"). */
export function missingPartErrors(subgraph: string, failure: SubgraphFailure, paths: (string | number)[][]): GraphQLFormattedError[] {
  const message = `The ${subgraph} subgraph ${failure.reason}, so this part of the answer is missing`;
  const extensions = { code: failure.code, subgraph };
  // A fetch with no field to blame (an operation of only __typename) still says what failed.
  if (paths.length === 0) return [{ message, extensions }];
  return paths.map((path) => ({ message, path, extensions }));
}
