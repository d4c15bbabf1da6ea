import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError, Kind, type GraphQLScalarType } from 'graphql';
import { forEachInputLeaf, type InputLeaf } from './input-values';
import { textProblem } from './text';

export interface InputCheckOptions {
  /**
   * The graph's own scalars, by name, with the parsing that the subgraphs apply. The gateway's
   * schema comes from the supergraph, whose custom scalars accept anything: without this a bad
   * `Date` would travel to a subgraph and come back as that subgraph's failure, not the caller's.
   */
  scalars?: Readonly<Record<string, GraphQLScalarType>>;
}

function refused(leaf: InputLeaf, problem: string): GraphQLError {
  const name = leaf.field.split('.').at(-1)!;
  return new GraphQLError(`${name} ${problem}`, { extensions: { code: 'BAD_USER_INPUT', field: leaf.field, http: { status: 400 } } });
}

function textOf(leaf: InputLeaf): string | undefined {
  if ('given' in leaf.value) return typeof leaf.value.given === 'string' ? leaf.value.given : undefined;
  return leaf.value.literal.kind === Kind.STRING ? leaf.value.literal.value : undefined;
}

function checkLeaf(leaf: InputLeaf, scalars: Readonly<Record<string, GraphQLScalarType>>): void {
  const text = textOf(leaf);
  const problem = text === undefined ? undefined : textProblem(text);
  if (problem) throw refused(leaf, problem);
  const scalar = scalars[leaf.type.name];
  if (!scalar) return;
  try {
    if ('given' in leaf.value) scalar.parseValue(leaf.value.given);
    else scalar.parseLiteral(leaf.value.literal, undefined);
  } catch (err) {
    throw refused(leaf, `is not a valid ${scalar.name}: ${(err as Error).message}`);
  }
}

/**
 * Refuses, before anything is planned or executed, an operation that passes a string the graph
 * does not accept (control characters, text that is not valid Unicode) or a value that one of
 * the graph's own scalars cannot parse: 400 `BAD_USER_INPUT` naming the place, so a form can
 * show the message next to the field. Every argument of every field is checked, literals and
 * variables alike, so no string input of any subgraph is left out.
 */
export function inputCheckPlugin<TContext extends BaseContext>(options: InputCheckOptions = {}): ApolloServerPlugin<TContext> {
  const scalars = options.scalars ?? {};
  const requestHooks = {
    async didResolveOperation({ schema, document, operation, request }: GraphQLRequestContextDidResolveOperation<TContext>) {
      if (!operation) return;
      forEachInputLeaf(schema, document, operation, request.variables, (leaf) => checkLeaf(leaf, scalars));
    },
  };
  return {
    async requestDidStart() {
      return requestHooks;
    },
  };
}
