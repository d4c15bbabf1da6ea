import { foldFields, type OperationInput } from './fold-fields';
import { limitError } from './limit-error';

/** Levels of field nesting: `{ countries { name } }` is 2. `__typename` adds no level. */
export function operationDepth(input: OperationInput): number {
  return foldFields(input, ({ node, children }) => (node.name.value === '__typename' ? 0 : 1 + children()), Math.max);
}

/** True when every root field is an introspection field (`__schema`, `__type`, `__typename`). */
export function isIntrospectionOnly(input: OperationInput): boolean {
  return foldFields(input, ({ node }) => (node.name.value.startsWith('__') ? 0 : 1), (a, b) => a + b) === 0;
}

/**
 * Introspection-only operations are exempt: GraphiQL's introspection query nests `ofType`
 * deeper than any data query needs, it is answered from the gateway's schema without calling
 * a subgraph, it stays bounded by the token and cost limits, and `INTROSPECTION` turns it off.
 */
export function checkDepth(input: OperationInput, maxDepth: number): void {
  if (isIntrospectionOnly(input)) return;
  const depth = operationDepth(input);
  if (depth > maxDepth) throw limitError('QUERY_TOO_DEEP', `The operation is nested ${depth} levels deep; the limit is ${maxDepth}`, maxDepth, depth);
}
