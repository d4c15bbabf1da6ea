import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../../lib/env';
import type { TrustedDocumentsConfig } from './config';

/** A registered document, as the generated manifest and its operations index hold it. */
export interface TrustedDocument {
  /** `sha256:<hex>`: what a client sends as `documentId`. */
  id: string;
  /** The document, exactly as registered: its sha256 is the id. */
  text: string;
  /** The registered operation's name and kind (`query`, `mutation`). */
  operation: string;
  kind: string;
  /** The registered client it belongs to: its folder name in the operation registry (`job-portal`). */
  client: string;
}

/** Registered documents by the hex sha256 of their text: one lookup per operation, whatever the manifest's size. */
export type TrustedDocuments = ReadonlyMap<string, TrustedDocument>;

export const documentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

/** What is wrong with one of the two files, and which. */
export class ManifestError extends Error {
  constructor(
    readonly file: 'documents' | 'operations',
    message: string,
  ) {
    super(message);
    this.name = 'ManifestError';
  }
}

function jsonObject(text: string, file: ManifestError['file']): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ManifestError(file, `not JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ManifestError(file, 'not a JSON object');
  return value as Record<string, unknown>;
}

const shown = (key: string) => (key.length > 80 ? `${key.slice(0, 80)}…` : key);

/**
 * The manifest and its operations index, checked as a whole: every key a document id that is the
 * sha256 of its text (a document edited by hand would otherwise run under an id it does not
 * have), every document an operation and a client, and no owner for a document that is not there.
 */
export function parseTrustedDocuments(documentsText: string, operationsText: string): TrustedDocuments {
  const documents = jsonObject(documentsText, 'documents');
  const operations = jsonObject(operationsText, 'operations');
  const byHash = new Map<string, TrustedDocument>();
  for (const [id, text] of Object.entries(documents)) {
    const hex = DOCUMENT_ID.exec(id)?.[1];
    if (!hex) throw new ManifestError('documents', `the key "${shown(id)}" is not a document id (sha256: and 64 lowercase hex digits)`);
    if (typeof text !== 'string') throw new ManifestError('documents', `${id}: the document is not a string`);
    const actual = documentHash(text);
    if (actual !== hex) throw new ManifestError('documents', `${id}: the id is not the sha256 of its document (that is sha256:${actual})`);
    const owner = operations[id] as Record<string, unknown> | undefined;
    const fields = ['operation', 'client', 'kind'] as const;
    if (typeof owner !== 'object' || owner === null || fields.some((field) => typeof owner[field] !== 'string' || owner[field] === '')) {
      throw new ManifestError('operations', `${id}: no "operation", "client" and "kind" for this document`);
    }
    byHash.set(hex, { id, text, operation: owner.operation as string, kind: owner.kind as string, client: owner.client as string });
  }
  for (const id of Object.keys(operations)) {
    if (!byHash.has(DOCUMENT_ID.exec(id)?.[1] ?? '')) throw new ManifestError('operations', `names "${shown(id)}", which the manifest does not hold`);
  }
  return byHash;
}

/**
 * Reads the manifest once, at start. A file that is missing or malformed stops the start with
 * its variable and path: a gateway holding callers to documents it could not read would refuse
 * every registered one, or (in `log`) report them all as unregistered.
 */
export function readTrustedDocuments(config: Pick<TrustedDocumentsConfig, 'mode' | 'documentsPath' | 'operationsPath'>): TrustedDocuments {
  const files = {
    documents: { variable: 'TRUSTED_DOCUMENTS_PATH', path: config.documentsPath },
    operations: { variable: 'TRUSTED_DOCUMENTS_OPERATIONS_PATH', path: config.operationsPath },
  };
  const remedy = `TRUSTED_DOCUMENTS=${config.mode} needs the registered documents: run "npm run codegen", point the variable at them, or set TRUSTED_DOCUMENTS=off`;
  const read = (file: keyof typeof files) => {
    try {
      return readFileSync(files[file].path, 'utf8');
    } catch (err) {
      throw new ConfigError(`${files[file].variable}: cannot read ${files[file].path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); ${remedy}`);
    }
  };
  const [documentsText, operationsText] = [read('documents'), read('operations')];
  try {
    return parseTrustedDocuments(documentsText, operationsText);
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    throw new ConfigError(`${files[err.file].variable}: ${files[err.file].path} is not a valid manifest of trusted documents: ${err.message}; ${remedy}`);
  }
}
