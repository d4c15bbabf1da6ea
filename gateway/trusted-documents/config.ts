/**
 * How strictly the gateway holds callers to the registered documents:
 * - `off`: not at all, and no manifest is read (a document id cannot be resolved);
 * - `log`: every document is answered, and those enforcement would refuse are logged;
 * - `enforce`: callers who may not ask ad-hoc questions run registered documents only.
 */
export type TrustedDocumentsMode = 'off' | 'log' | 'enforce';

export interface TrustedDocumentsConfig {
  mode: TrustedDocumentsMode;
  /** The generated manifest: `{ "sha256:<hex>": "<document>" }` (TRUSTED_DOCUMENTS_PATH). */
  documentsPath: string;
  /** Which operation and client each document is (`operations.json` beside the manifest unless TRUSTED_DOCUMENTS_OPERATIONS_PATH says otherwise). */
  operationsPath: string;
  /** A caller naming its client may run only that client's documents (TRUSTED_DOCUMENTS_PER_CLIENT). */
  perClient: boolean;
}
