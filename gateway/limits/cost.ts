import { getVariableValues, GraphQLError, valueFromAST, type FieldNode, type GraphQLField } from 'graphql';
import { DEFAULT_PAGE_SIZE, pageSizeProblem } from '../../lib/page-size';
import { foldFields, type OperationInput } from './fold-fields';
import { limitError } from './limit-error';

type Variables = Record<string, unknown>;

/**
 * The estimated cost of an operation: every field costs 1 (`__typename` costs nothing), and a
 * connection (a field with a `first` argument in the schema) multiplies the cost of its
 * selection by its page size: `first` as given (variables resolved), else the argument's default.
 * A page size the graph does not serve is refused here, as the subgraph would refuse it, so
 * `first: 1000000` is reported as the page size it is rather than as the cost it would make.
 */
export function operationCost(input: OperationInput, rawVariables: Variables = {}): number {
  const variables = coerceVariables(input, rawVariables);
  return foldFields(
    input,
    ({ node, definition, children }) => {
      if (node.name.value === '__typename') return 0;
      return 1 + (pageSize(definition, node, variables) ?? 1) * children();
    },
    (a, b) => a + b,
  );
}

export function checkCost(input: OperationInput, maxCost: number, variables: Variables | undefined): void {
  const cost = operationCost(input, variables);
  if (cost > maxCost) throw limitError('QUERY_TOO_COSTLY', `The operation costs ${cost}; the limit is ${maxCost} (each field costs 1, times the page size of the connections it is in)`, maxCost, cost);
}

/** The variables as execution will see them, operation defaults applied; invalid ones are refused later by execution. */
function coerceVariables(input: OperationInput, raw: Variables): Variables {
  const { coerced } = getVariableValues(input.schema, input.operation.variableDefinitions ?? [], raw);
  return coerced ?? raw;
}

function pageSize(definition: GraphQLField<unknown, unknown> | undefined, node: FieldNode, variables: Variables): number | undefined {
  const argument = definition?.args.find((arg) => arg.name === 'first');
  if (!argument) return undefined;
  const given = node.arguments?.find((arg) => arg.name.value === 'first');
  const value = given ? valueFromAST(given.value, argument.type, variables) : undefined;
  if (typeof value === 'number') {
    const problem = pageSizeProblem(value);
    if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT', field: 'first', http: { status: 400 } } });
    return value;
  }
  return typeof argument.defaultValue === 'number' ? argument.defaultValue : DEFAULT_PAGE_SIZE;
}
