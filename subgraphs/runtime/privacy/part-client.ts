import { IDENTITY_HEADER, signIdentity } from '../../../lib/identity';
import { defaultRoutingUrl, type SubgraphEntry } from '../../catalog';
import { serviceIdentity } from '../gateway-identity';
import { dataSubjectPartField } from './data-subject-part-field';
import type { PartReport, PartRequest } from './data-subject-part';

/** How long KP2MI waits for one ministry's part before leaving it open for a retry. */
const PART_TIMEOUT_MS = 10_000;

/** A ministry's part, carried to its subgraph. */
export type PartSender = (entry: SubgraphEntry, request: PartRequest) => Promise<PartReport>;

export interface PartClientOptions {
  identitySecret: string;
  /** Subgraph name → its URL (`<PREFIX>_URL`, as the gateway reaches it). */
  urls: Record<string, string>;
  requestId: string;
}

/**
 * Sends one ministry its part of a data-subject request, signed as KP2MI's service, straight to
 * its subgraph: the part is hidden from the graph's clients, so it does not go through the gateway.
 * Rejects with the reason when the ministry cannot be reached or refuses; the part stays open.
 */
export async function sendPart(entry: SubgraphEntry, request: PartRequest, options: PartClientOptions, sender: SubgraphEntry): Promise<PartReport> {
  const field = dataSubjectPartField(entry);
  const url = options.urls[entry.name] ?? defaultRoutingUrl(entry);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': options.requestId, [IDENTITY_HEADER]: signIdentity(serviceIdentity(sender), options.identitySecret) },
    body: JSON.stringify({ query: `mutation DataSubjectPart($input: String!) { ${field}(input: $input) { report } }`, variables: { input: JSON.stringify(request) } }),
    signal: AbortSignal.timeout(PART_TIMEOUT_MS),
  });
  const body = (await response.json().catch(() => null)) as { data?: Record<string, { report: string } | null>; errors?: { message: string }[] } | null;
  const report = body?.data?.[field]?.report;
  if (!response.ok || typeof report !== 'string') throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return JSON.parse(report) as PartReport;
}
