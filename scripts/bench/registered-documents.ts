import path from 'node:path';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH, trustedDocuments } from '../../gateway/config';
import { readTrustedDocuments, type TrustedDocument } from '../../gateway/trusted-documents/manifest';
import { ROOT } from '../lib/root';

let byOperation: Map<string, TrustedDocument> | undefined;

/**
 * A registered operation as a client built from the manifest sends it: the registered text
 * (whose sha256 the gateway finds in its manifest) and its id. The benchmark asks exactly these,
 * so our gateway, which holds the benchmark's officer to registered documents as production
 * does, answers every request, by text or by id.
 */
export function registeredDocument(operation: string): { query: string; documentId: string } {
  if (!byOperation) {
    // The manifest the gateways under test read, its operations index found as the gateway finds it.
    const documents = readTrustedDocuments(trustedDocuments({ TRUSTED_DOCUMENTS_PATH: path.join(ROOT, DEFAULT_TRUSTED_DOCUMENTS_PATH) }, true));
    byOperation = new Map([...documents.values()].map((document) => [document.operation, document]));
  }
  const document = byOperation.get(operation);
  if (!document) throw new Error(`${operation} is not in the manifest of registered documents: register it in operations/ and run npm run codegen`);
  return { query: document.text, documentId: document.id };
}
