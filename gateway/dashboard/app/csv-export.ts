/// <reference lib="dom" />
import { CLIENT_NAME, describeProblem, problemOf } from './graph';

/** The gateway's export (`POST /export`), on the dashboard's own origin. */
const EXPORT_PATH = '/export';

export interface ExportRequest {
  /** The registered document's id, `sha256:…`. */
  documentId: string;
  operationName: string;
  variables: Record<string, unknown>;
  /** The session's `authorization` and `x-purpose`, as the chart was asked with. */
  headers: Record<string, string>;
}

/** `attachment; filename="a.csv"` or RFC 6266's `filename*=UTF-8''a.csv`; undefined when it names none. */
function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) return decodeURIComponent(encoded[1].trim());
  return /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;\s]+)/i.exec(disposition)?.slice(1).find(Boolean);
}

async function refusal(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    return describeProblem(problemOf(body.errors, response.status));
  } catch {
    return `The export answered HTTP ${response.status}`;
  }
}

/** Asks the export for one chart's statistic as CSV and saves it; resolves to the file's name. */
export async function downloadCsv(request: ExportRequest): Promise<string> {
  const response = await fetch(EXPORT_PATH, {
    method: 'POST',
    headers: { ...request.headers, 'content-type': 'application/json', 'apollographql-client-name': CLIENT_NAME },
    body: JSON.stringify({ documentId: request.documentId, operationName: request.operationName, variables: request.variables, format: 'csv' }),
  });
  if (!response.ok) throw new Error(await refusal(response));
  const fileName = fileNameOf(response.headers.get('content-disposition')) ?? `${request.operationName}.csv`;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // The download has started from the click; the URL is not needed afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return fileName;
}
