import { IDENTITY_HEADER, signIdentity, type Identity } from '../../lib/identity';
import type { PersonalDataExportReport } from '../../lib/personal-data-export';

const RECORD_EXPORT = `mutation RecordPersonalDataExport($input: PersonalDataExportInput!) { recordPersonalDataExport(input: $input) { id } }`;

export interface ExportRecorderOptions {
  /** KP2MI's GraphQL URL, as the gateway reaches it now. */
  url: () => string;
  identitySecret: string;
}

/**
 * Records an export in KP2MI's audit trail, as the caller (whose signed identity carries the
 * purpose), through a mutation that only the gateway can send: it is `@inaccessible`, so it is
 * not part of the graph clients see, and subgraphs take only identities the gateway signed.
 */
export function exportRecorder(options: ExportRecorderOptions) {
  return async (identity: Identity, requestId: string, record: PersonalDataExportReport): Promise<void> => {
    const response = await fetch(options.url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, [IDENTITY_HEADER]: signIdentity(identity, options.identitySecret) },
      body: JSON.stringify({ query: RECORD_EXPORT, operationName: 'RecordPersonalDataExport', variables: { input: record } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => null)) as { data?: { recordPersonalDataExport?: { id?: string } | null }; errors?: { message: string }[] } | null;
    if (!response.ok || !body?.data?.recordPersonalDataExport?.id) {
      throw new Error(`the export could not be recorded: HTTP ${response.status} ${body?.errors?.map((error) => error.message).join('; ') ?? ''}`.trim());
    }
  };
}

export type ExportRecorder = ReturnType<typeof exportRecorder>;
