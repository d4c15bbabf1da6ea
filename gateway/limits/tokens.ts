import type { GraphQLFormattedError } from 'graphql';

// graphql-js's own wording ("more that" in graphql 16), matched loosely so a spelling fix still matches.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:at|an) \d+ tokens/;

/**
 * The parser stops at `parseOptions.maxTokens` with a plain syntax error; this names the limit
 * instead (`TOO_MANY_TOKENS`), so a client can tell a long operation from a malformed one.
 */
export function namedTokenLimitError(formatted: GraphQLFormattedError, maxTokens: number): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !TOKEN_LIMIT_MESSAGE.test(formatted.message)) return formatted;
  return {
    message: `The operation has more than ${maxTokens} tokens; the limit is ${maxTokens}`,
    extensions: { ...formatted.extensions, code: 'TOO_MANY_TOKENS', limit: maxTokens },
  };
}
