import type { GraphQLError } from 'graphql';

/** What a client sees of a refusal thrown by an input check: the message and the extensions. */
export function refusal(run: () => unknown): { message: string; extensions: GraphQLError['extensions'] } {
  try {
    run();
  } catch (err) {
    const { message, extensions } = err as GraphQLError;
    return { message, extensions };
  }
  throw new Error('expected a refusal');
}
