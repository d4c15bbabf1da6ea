import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../../lib/logger';
import { TRUSTED_DOCUMENT_CODES } from '../trusted-documents/errors';
import { LIMIT_CODES } from './limit-error';
import { namedTokenLimitError } from './tokens';

/**
 * Codes whose message is written for the client and shown as is when errors are masked.
 * Besides the request and access errors, Apollo Server's own errors about the request itself
 * (an unknown operation name, persisted queries) are the client's to fix.
 */
const CLIENT_FACING_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // A subgraph's missing part: written for callers by the gateway (gateway/missing-parts.ts), no address in it.
  'SUBGRAPH_UNAVAILABLE',
  'SUBGRAPH_TIMEOUT',
  ...LIMIT_CODES,
  ...TRUSTED_DOCUMENT_CODES,
]);

export function isClientFacing(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_FACING_CODES.has(code);
}

export interface ErrorPolicyOptions {
  /** Replace every error that is not client-facing with a generic one (production). */
  maskErrors: boolean;
  maxTokens: number;
  logger: Logger;
}

const MASKED: GraphQLFormattedError = { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

/**
 * What an error's extensions may never carry to a caller: a stack (`stacktrace`, or the
 * `exception` of older servers) names the files and lines of a process, and `response` the
 * address and raw answer of a subgraph. The subgraphs send none of them; this holds whatever
 * a library or a future subgraph adds.
 */
const INTERNAL_EXTENSIONS = ['stacktrace', 'exception', 'response'];

function withoutInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions;
  if (!extensions || !INTERNAL_EXTENSIONS.some((key) => key in extensions)) return formatted;
  return { ...formatted, extensions: Object.fromEntries(Object.entries(extensions).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key))) };
}

/**
 * Apollo Server's `formatError`: it sees every error sent, those raised before a request has a
 * context (context creation, malformed requests) included, so masking here leaves no gap.
 */
export function formatGatewayError(options: ErrorPolicyOptions): (formatted: GraphQLFormattedError) => GraphQLFormattedError {
  return (formatted) => {
    const named = withoutInternals(namedTokenLimitError(formatted, options.maxTokens));
    return options.maskErrors && !isClientFacing(named.extensions?.code) ? MASKED : named;
  };
}

/**
 * Puts the request id on every error of a response, so a user can quote it, and logs each
 * error that `formatGatewayError` masks, with that id, so the quote leads to the original.
 */
export function errorResponsePlugin<TContext extends BaseContext & { requestId: string }>(options: ErrorPolicyOptions): ApolloServerPlugin<TContext> {
  const { maskErrors, logger } = options;
  return {
    async contextCreationDidFail({ error }) {
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      if (maskErrors && !isClientFacing(code)) logger.error('masked error before the request had an id', { err: error });
    },
    async requestDidStart({ contextValue }) {
      const { requestId } = contextValue;
      return {
        async didEncounterErrors({ errors }) {
          if (!maskErrors) return;
          for (const error of errors) {
            if (isClientFacing(error.extensions?.code)) continue;
            logger.error('masked error', { requestId, code: error.extensions?.code, error: error.message, path: error.path, err: error.originalError ?? error });
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));
        },
      };
    },
  };
}
