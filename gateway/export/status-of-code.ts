import { PURPOSE_ERROR_CODES } from '../../lib/privacy/purpose-check';

/** The HTTP status of a GraphQL error code, for an export whose exported field itself was refused. */
export function statusOfCode(code: unknown): number {
  if (code === 'UNAUTHENTICATED') return 401;
  if (code === 'FORBIDDEN' || code === 'TRUSTED_DOCUMENT_REQUIRED' || code === 'TRUSTED_DOCUMENT_NOT_ALLOWED' || PURPOSE_ERROR_CODES.includes(code as never)) return 403;
  // The caller's hourly limit on people's personal data: try again next hour.
  if (code === 'PII_READ_LIMIT') return 429;
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') return 400;
  if (code === 'NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_FOUND') return 404;
  // A subgraph that could not answer: the gateway could not make the export.
  return 502;
}
