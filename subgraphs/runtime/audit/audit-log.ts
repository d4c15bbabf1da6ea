import DataLoader from 'dataloader';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { Types } from 'mongoose';
import type { Identity, Ministry } from '../../../lib/identity';
import type { Logger } from '../../../lib/logger';
import type { PersonalDataExportReport } from '../../../lib/personal-data-export';
import { legalBasisOf, type Purpose } from '../../../lib/privacy/purposes';
import type { AuditAction, AuditEntryModel } from './audit-entry';
import { readAuditPart, type AuditPart, type TrailRequest } from './audit-trail';

/** What a write touched, told by the mutation's result. */
export interface WrittenRecord {
  recordType: string;
  recordId: string | null;
  workerId: Types.ObjectId | null;
}

interface PersonalDataRead {
  workerId: string;
  coordinate: string;
  operationName: string | null;
}

/**
 * The gateway names a subgraph's share of an operation `<client name>__<subgraph>__<n>`;
 * the trail records the name the client chose.
 */
export function clientOperationName(info: GraphQLResolveInfo): string | null {
  const name = info.operation.name?.value;
  if (!name) return null;
  return name.replace(/__[A-Za-z0-9_]+__\d+$/, '') || null;
}

/** Input field names, never their values: `input.countryCode`, `workerId`. */
export function writtenFields(args: Record<string, unknown>): string[] {
  return Object.entries(args).flatMap(([name, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) ? Object.keys(value).map((key) => `${name}.${key}`) : [name],
  );
}

function auditFailure(err: unknown, logger: Logger, entries: unknown): GraphQLError {
  logger.error('audit trail write failed', { err, entries });
  return new GraphQLError('The audit trail could not record this processing, so it was not done', {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/**
 * The audit trail of one request. Reads of personal data wait for their entry to be stored
 * before the value is answered, and all reads of a request are stored with one `insert`
 * (one entry per worker), so auditing a page of a hundred workers is one round trip.
 */
export class AuditLog {
  private readonly reads: DataLoader<PersonalDataRead, void, string>;

  constructor(
    private readonly model: AuditEntryModel,
    private readonly ministry: Ministry,
    private readonly identity: Identity,
    private readonly requestId: string,
    private readonly logger: Logger,
    /** The registered purpose the caller stated (X-Purpose-Code), when the registry has it. */
    private readonly purpose: Purpose | null = null,
  ) {
    this.reads = new DataLoader((batch) => this.storeReads(batch), {
      cacheKeyFn: (read) => `${read.workerId}\u0000${read.coordinate}\u0000${read.operationName ?? ''}`,
    });
  }

  /** Resolves once the read is on record; rejects (and the value must not be answered) if it cannot be. */
  personalDataRead(workerId: Types.ObjectId | string, coordinate: string, info: GraphQLResolveInfo): Promise<void> {
    return this.reads.load({ workerId: String(workerId), coordinate, operationName: clientOperationName(info) });
  }

  /** A change made (or refused): one entry, stored before the answer goes back. */
  async write(info: GraphQLResolveInfo, args: Record<string, unknown>, record: WrittenRecord, refusal?: GraphQLError): Promise<void> {
    const entry = {
      ...this.base(refusal ? 'WRITE_REJECTED' : 'WRITE', info.fieldName, clientOperationName(info)),
      ...record,
      fields: writtenFields(args),
      errorCode: refusal ? String(refusal.extensions.code ?? 'INTERNAL_SERVER_ERROR') : null,
    };
    try {
      await this.model.insertMany([entry], { lean: true });
    } catch (err) {
      throw auditFailure(err, this.logger, [entry]);
    }
  }

  /**
   * An export of personal data (the gateway's `POST /export`): one entry for the whole export,
   * beside the entries of each worker read on its pages.
   */
  async exported(info: GraphQLResolveInfo, report: PersonalDataExportReport): Promise<{ id: string }> {
    const entry = {
      ...this.base('EXPORT_PERSONAL_DATA', info.fieldName, report.operationName),
      recordType: `Export (${report.format})`,
      recordId: report.exportId,
      workerId: null,
      fields: [...report.fields].sort(),
      rows: report.rows,
      errorCode: report.stoppedBy,
    };
    try {
      const [stored] = await this.model.insertMany([entry], { lean: true });
      return { id: String(stored!._id) };
    } catch (err) {
      throw auditFailure(err, this.logger, [entry]);
    }
  }

  /**
   * Processing that is neither a read nor a mutation's write: a verification, or a ministry's part
   * of a data-subject request. One entry, stored before the answer goes back.
   */
  async processed(action: AuditAction, operation: string, entry: { recordType: string; recordId: string | null; workerId: Types.ObjectId | null; fields: string[]; outcome?: string | null; changes?: { field: string; oldValue: string | null; newValue: string | null }[] }): Promise<void> {
    const { outcome, ...rest } = entry;
    const doc = { ...this.base(action, operation, null), ...rest, errorCode: outcome ?? null };
    try {
      await this.model.insertMany([doc], { lean: true });
    } catch (err) {
      throw auditFailure(err, this.logger, [doc]);
    }
  }

  /** This subgraph's piece of a worker's trail (the caller's rule is checked by the policy). */
  part(request: TrailRequest): Promise<AuditPart> {
    return readAuditPart(this.model, request);
  }

  private base(action: AuditAction, operation: string, operationName: string | null) {
    const { sub, ministry, roles } = this.identity;
    return {
      at: new Date(),
      ministry: this.ministry,
      action,
      operation,
      operationName,
      actor: { sub, ministry, roles },
      purpose: this.identity.purpose,
      purposeCode: this.purpose?.code ?? this.identity.purposeCode ?? null,
      legalBasis: this.purpose ? legalBasisOf(this.purpose).name : null,
      requestId: this.requestId,
      errorCode: null as string | null,
    };
  }

  private async storeReads(batch: readonly PersonalDataRead[]): Promise<void[]> {
    const byWorker = new Map<string, { workerId: string; operationName: string | null; fields: Set<string> }>();
    for (const read of batch) {
      const key = `${read.workerId}\u0000${read.operationName ?? ''}`;
      const entry = byWorker.get(key) ?? { workerId: read.workerId, operationName: read.operationName, fields: new Set<string>() };
      entry.fields.add(read.coordinate);
      byWorker.set(key, entry);
    }
    const entries = [...byWorker.values()].map((read) => ({
      ...this.base('READ_PERSONAL_DATA', 'read', read.operationName),
      recordType: 'Worker',
      recordId: read.workerId,
      workerId: new Types.ObjectId(read.workerId),
      fields: [...read.fields].sort(),
    }));
    try {
      await this.model.insertMany(entries, { lean: true });
    } catch (err) {
      throw auditFailure(err, this.logger, entries);
    }
    return batch.map(() => undefined);
  }
}
