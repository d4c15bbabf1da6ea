import { foldFields, type OperationInput } from './fold-fields';
import { limitError } from './limit-error';

/** Aliased fields in the operation as executed: an alias inside a fragment counts each time it is spread. */
export function aliasCount(input: OperationInput): number {
  return foldFields(input, ({ node, children }) => (node.alias ? 1 : 0) + children(), (a, b) => a + b);
}

export function checkAliases(input: OperationInput, maxAliases: number): void {
  const aliases = aliasCount(input);
  if (aliases > maxAliases) throw limitError('TOO_MANY_ALIASES', `The operation has ${aliases} aliases; the limit is ${maxAliases}`, maxAliases, aliases);
}
