import type { GraphQLError } from 'graphql';
import { hasRole, type Identity } from '../../lib/identity';
import type { CallingClient } from '../calling-client';
import { CLIENT_NAME_HEADER } from '../calling-client';
import { refusal } from './errors';
import type { TrustedDocument } from './manifest';

/**
 * Who may run documents the manifest does not hold: analysts and admins ask ad-hoc questions (the
 * explorer is their manual), and a subgraph asks the graph its own rules' questions. Anonymous
 * callers and officers run what their clients registered: the portals and desks they use.
 */
export function mayRunAdHoc(identity: Identity): boolean {
  return hasRole(identity, 'analyst', 'admin', 'service');
}

export interface Caller {
  identity: Identity;
  client: CallingClient | null;
}

/**
 * Why enforcement refuses a document to a caller, or null when it runs. `document` is the
 * registered one the request resolved to, or undefined when its text (sha256 `hex`) is not
 * registered. With `perClient`, a caller held to registered documents runs only the documents of
 * the client it names, and must name one: a document is the contract of the client that
 * registered it, and another client running it would break when that client changes it.
 */
export function refusalFor(document: TrustedDocument | undefined, hex: string, caller: Caller, perClient: boolean): GraphQLError | null {
  if (mayRunAdHoc(caller.identity)) return null;
  const documentId = `sha256:${hex}`;
  if (!document) {
    return refusal(
      403,
      'TRUSTED_DOCUMENT_REQUIRED',
      `The document sent (${documentId}) is not registered: this caller may run registered documents only. Send a registered document or its documentId; analysts and admins may send any document`,
      { documentId },
    );
  }
  if (!perClient) return null;
  const owner = { documentId, client: document.client };
  if (!caller.client) {
    return refusal(403, 'TRUSTED_DOCUMENT_NOT_ALLOWED', `Name your client in the ${CLIENT_NAME_HEADER} header: each client may run only its own registered documents, and ${document.operation} (${documentId}) is ${document.client}'s`, owner);
  }
  if (caller.client.name !== document.client) {
    return refusal(403, 'TRUSTED_DOCUMENT_NOT_ALLOWED', `${document.operation} (${documentId}) is registered for the client ${document.client}, not ${caller.client.name}: each client may run only its own registered documents`, owner);
  }
  return null;
}
