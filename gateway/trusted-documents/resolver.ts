import { GraphQLError } from 'graphql';
import type { Logger } from '../../lib/logger';
import type { GatewayContext } from '../context';
import type { TrustedDocumentsMode } from './config';
import { documentIdsNotSupported, documentNotFound } from './errors';
import { documentHash, type TrustedDocument, type TrustedDocuments } from './manifest';
import { mayRunAdHoc, refusalFor } from './policy';
import { requestedDocument, withDocument, withoutPersistedQuery } from './request-document';

export interface TrustedDocumentResolverOptions {
  mode: TrustedDocumentsMode;
  /** The manifest, read at start; null when the mode is `off`. */
  documents: TrustedDocuments | null;
  perClient: boolean;
  logger: Logger;
}

/** The refusal as the caller receives it: with the request id, like every error the gateway sends. */
function withRequestId(error: GraphQLError, requestId: string): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, requestId } });
}

/**
 * Resolves each operation of a request, once the caller is authenticated and before a kept answer
 * is looked up: a document id becomes the registered text, and in `enforce` a document the caller
 * may not run is refused (a GraphQL error with its HTTP status). Apollo Server is then handed the
 * registered text itself, so its document store (keyed by the text's sha256) parses and validates
 * a registered document once per schema, whether it came by id or in full. The work per operation
 * is one sha256 of a full document's text and one map lookup, whatever the manifest's size.
 */
export function trustedDocumentResolver(options: TrustedDocumentResolverOptions): (operation: Record<string, unknown>, context: GatewayContext) => Record<string, unknown> {
  const { mode, documents, perClient, logger } = options;
  // A registered text sent in full is found by its text, without hashing it for every request;
  // only a text the manifest does not hold is hashed (to name it in the refusal or the log).
  const hexOfText = new Map([...(documents?.entries() ?? [])].map(([hex, document]) => [document.text, hex]));
  const who = ({ requestId, identity, client }: GatewayContext) => ({ requestId, sub: identity.sub, client: client?.name, clientVersion: client?.version ?? undefined });

  /** Refuses (enforce) or reports (log) what enforcement would not run; null when it runs. */
  const judge = (document: TrustedDocument | undefined, hex: string, operation: Record<string, unknown>, context: GatewayContext): void => {
    const refused = refusalFor(document, hex, context, perClient);
    if (mode === 'enforce') {
      if (!refused) return;
      logger.info('trusted document refused', { ...who(context), code: refused.extensions.code, documentId: `sha256:${hex}`, operation: document?.operation });
      throw withRequestId(refused, context.requestId);
    }
    // `log`: what enforcement would do, for everyone but the subgraphs asking their own questions.
    if (document && !refused) return;
    if (!document && context.identity.roles.includes('service')) return;
    const operationName = typeof operation.operationName === 'string' ? operation.operationName : undefined;
    if (!document) logger.info('unregistered document', { ...who(context), documentId: `sha256:${hex}`, operationName, enforce: mayRunAdHoc(context.identity) ? 'answers' : 'refuses' });
    else logger.info('trusted document would be refused', { ...who(context), code: refused!.extensions.code, documentId: document.id, operation: document.operation, owner: document.client });
  };

  return (operation, context) => {
    try {
      const requested = requestedDocument(operation);
      if (requested.kind === 'none') return operation;
      if (requested.kind === 'text') {
        if (documents) {
          const hex = requested.hex ?? hexOfText.get(requested.text) ?? documentHash(requested.text);
          judge(documents.get(hex), hex, operation, context);
        }
        return withoutPersistedQuery(operation);
      }
      if (!documents) throw documentIdsNotSupported();
      const document = requested.hex === undefined ? undefined : documents.get(requested.hex);
      if (!document) {
        logger.info('trusted document refused', { ...who(context), code: 'PERSISTED_QUERY_NOT_FOUND', documentId: requested.id.slice(0, 80) });
        throw documentNotFound(requested.id);
      }
      judge(document, requested.hex!, operation, context);
      return withDocument(operation, document.text);
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.requestId === undefined) throw withRequestId(err, context.requestId);
      throw err;
    }
  };
}
