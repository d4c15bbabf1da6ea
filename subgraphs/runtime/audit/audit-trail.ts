import { Types } from 'mongoose';
import { fieldPrefix, type SubgraphEntry } from '../../catalog';
import type { SubgraphContext } from '../context';
import { badUserInput } from '../errors';
import { parseObjectId } from '../object-id';
import { decodeCursor, encodeCursor, pageSize, paginate, type PageArgs } from '../pagination';
import type { AuditEntryDoc, AuditEntryModel } from './audit-entry';

/**
 * A worker's audit trail is kept in pieces, each subgraph keeping the entries of what it did.
 * KP2MI answers `auditTrail`: the page it returns is an entity whose other subgraphs each add
 * their piece (`<subgraph>AuditPart`, hidden from clients), and KP2MI merges the pieces with
 * its own into one page, newest first (federation `@requires`, so no subgraph calls another).
 */
export interface TrailRequest {
  workerId: string;
  first: number;
  after: string | null;
}

/** One entry as it travels between subgraphs and out to clients. */
export interface AuditRecord {
  id: string;
  at: string;
  ministry: string;
  action: string;
  operation: string;
  operationName: string | null;
  actor: { sub: string; ministry: string | null; roles: string[] };
  purpose: string | null;
  purposeCode: string | null;
  legalBasis: string | null;
  recordType: string;
  recordId: string | null;
  workerId: string | null;
  fields: string[];
  requestId: string;
  errorCode: string | null;
  changes: { field: string; oldValue: string | null; newValue: string | null }[];
}

/** One subgraph's share of a page: its newest `first` entries after the cursor. */
export interface AuditPart {
  totalCount: number;
  hasNextPage: boolean;
  entries: AuditRecord[];
}

const ORDER = { field: 'at', direction: -1 } as const;

/**
 * What an audit trail cursor names: a worker's trail is one list, whether asked for as
 * `Query.auditTrail` or within `DataSubjectReport.auditTrail`, and whichever piece made the entry.
 */
const CONNECTION = 'AuditTrail';

/** The name of a subgraph's piece on `AuditTrail`, e.g. `koperasiUkmAuditPart`. */
export function auditPartField(entry: SubgraphEntry): string {
  return `${fieldPrefix(entry)}AuditPart`;
}

/** Checks the client's arguments once, at KP2MI, and packs them into the page's key. */
export function trailKey(workerId: string, page: PageArgs): string {
  parseObjectId(workerId, 'workerId', 'worker');
  if (page.after) decodeCursor(CONNECTION, page.after);
  const request: TrailRequest = { workerId, first: pageSize(page.first), after: page.after ?? null };
  return Buffer.from(JSON.stringify(request)).toString('base64url');
}

export function parseTrailKey(key: string): TrailRequest {
  try {
    const request = JSON.parse(Buffer.from(key, 'base64url').toString('utf8')) as TrailRequest;
    return { workerId: parseObjectId(String(request.workerId), 'workerId', 'worker').toHexString(), first: pageSize(request.first), after: request.after ?? null };
  } catch {
    throw badUserInput('not an audit trail page of this graph', 'pageKey');
  }
}

function toRecord(doc: AuditEntryDoc): AuditRecord {
  return {
    id: doc._id.toHexString(),
    at: doc.at.toISOString(),
    ministry: doc.ministry,
    action: doc.action,
    operation: doc.operation,
    operationName: doc.operationName ?? null,
    actor: { sub: doc.actor?.sub ?? 'unknown', ministry: doc.actor?.ministry ?? null, roles: doc.actor?.roles ?? [] },
    purpose: doc.purpose ?? null,
    purposeCode: doc.purposeCode ?? null,
    legalBasis: doc.legalBasis ?? null,
    recordType: doc.recordType,
    recordId: doc.recordId ?? null,
    workerId: doc.workerId ? (doc.workerId as Types.ObjectId).toHexString() : null,
    fields: doc.fields ?? [],
    requestId: doc.requestId,
    errorCode: doc.errorCode ?? null,
    changes: (doc.changes ?? []).map((change) => ({ field: change.field ?? '', oldValue: change.oldValue ?? null, newValue: change.newValue ?? null })),
  };
}

/** This subgraph's piece of a page: one `find` and one count in its own audit collection. */
export async function readAuditPart(model: AuditEntryModel, request: TrailRequest): Promise<AuditPart> {
  const filter = { workerId: parseObjectId(request.workerId, 'workerId', 'worker') };
  const page = await paginate<AuditEntryDoc>(model, { connection: CONNECTION, filter, order: ORDER, page: { first: request.first, after: request.after } });
  return { totalCount: await page.totalCount(), hasNextPage: page.pageInfo.hasNextPage, entries: page.edges.map((edge) => toRecord(edge.node)) };
}

const newestFirst = (a: AuditRecord, b: AuditRecord) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Merges the pieces into one page. A piece that has more beyond its own `first` entries has
 * them after every entry of this page, so the page has a next one.
 */
export function mergeAuditParts(parts: AuditPart[], first: number) {
  const all = parts.flatMap((part) => part.entries).sort(newestFirst);
  const nodes = all.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(CONNECTION, new Date(node.at), new Types.ObjectId(node.id)), node: { ...node, at: new Date(node.at) } }));
  return {
    edges,
    pageInfo: { hasNextPage: all.length > first || parts.some((part) => part.hasNextPage), endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: parts.reduce((sum, part) => sum + part.totalCount, 0),
  };
}

/** The resolvers of a subgraph's piece; its policy guards them with the audit rule. */
export function auditPartResolvers(entry: SubgraphEntry) {
  return {
    AuditTrail: {
      __resolveReference: (reference: { pageKey: string }) => reference,
      [auditPartField(entry)]: async (trail: { pageKey: string }, _: unknown, context: SubgraphContext<unknown>) =>
        JSON.stringify(await context.audit.part(parseTrailKey(trail.pageKey))),
    },
  };
}
