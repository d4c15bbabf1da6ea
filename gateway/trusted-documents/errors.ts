import { GraphQLError } from 'graphql';

/**
 * The refusals of trusted documents, as GraphQL errors that carry their HTTP status. Every code
 * is the client's to act on (README "Trusted documents"), so none is masked.
 */
export const TRUSTED_DOCUMENT_CODES = ['TRUSTED_DOCUMENT_REQUIRED', 'TRUSTED_DOCUMENT_NOT_ALLOWED'] as const;

export function refusal(status: number, code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } });
}

/** A malformed request: contradictory or ill-typed ways of naming a document. */
export const badRequest = (message: string) => refusal(400, 'BAD_REQUEST', message);

/** Longest id echoed back: an id is 71 characters; anything longer is not one, and need not be repeated whole. */
const shownId = (id: string) => (id.length > 80 ? `${id.slice(0, 80)}…` : id);

export function documentNotFound(id: string): GraphQLError {
  const documentId = shownId(id);
  return refusal(400, 'PERSISTED_QUERY_NOT_FOUND', `No registered document has the id ${documentId}; registered documents are listed in the generated persisted-documents.json (ids are sha256: and the sha256 of the document's text)`, { documentId });
}

export function documentIdsNotSupported(): GraphQLError {
  return refusal(400, 'PERSISTED_QUERY_NOT_SUPPORTED', 'This gateway runs without trusted documents (TRUSTED_DOCUMENTS=off), so it cannot resolve a document id; send the query');
}
