import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { Types } from 'mongoose';
import type { Identity } from '../../../lib/identity';
import type { Logger } from '../../../lib/logger';
import { purposeForField } from '../../../lib/privacy/purpose-check';
import { indonesianToday, isLegalObligation, type Purpose, type PurposeRegistry } from '../../../lib/privacy/purposes';
import { admitPersonalDataReads } from './bulk-read-limit';
import type { DataSubjectStateDoc, DataSubjectStateModel } from './data-subject-state';
import type { PiiReadWindowModel } from './pii-read-window';

/** What the guard needs beyond the request: the registry, the two collections and the limit. */
export interface PrivacySettings {
  registry: PurposeRegistry;
  states: DataSubjectStateModel;
  readWindows: PiiReadWindowModel;
  /** People whose personal data one caller may read per hour; null: no limit. */
  piiReadsPerHour: number | null;
}

function refusal(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/**
 * The privacy checks of one request, on top of each field's access rule: the registered
 * purpose (per field), a person's restriction or erasure, and the bulk-read limit. Each is one
 * batched round trip per request, however many people a page holds.
 */
export class PrivacyGuard {
  private readonly states: DataLoader<string, DataSubjectStateDoc | null>;
  private readonly admissions: DataLoader<string, boolean>;
  private alerted = false;
  readonly today = indonesianToday();

  constructor(
    readonly settings: PrivacySettings,
    private readonly identity: Identity,
    private readonly logger: Logger,
  ) {
    this.states = new DataLoader(async (ids) => {
      const docs = await settings.states.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }).lean<DataSubjectStateDoc[]>();
      const byId = new Map(docs.map((doc) => [String(doc._id), doc]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.admissions = new DataLoader(async (ids) => {
      const limit = settings.piiReadsPerHour;
      if (limit === null) return ids.map(() => true);
      const admitted = await admitPersonalDataReads(settings.readWindows, this.caller(), ids, limit);
      return ids.map((id) => admitted.has(id));
    });
  }

  get registry(): PurposeRegistry {
    return this.settings.registry;
  }

  /** The purpose the caller stated, when it exists (for the audit trail); null otherwise. */
  statedPurpose(): Purpose | null {
    return this.identity.purposeCode ? (this.settings.registry.byCode.get(this.identity.purposeCode) ?? null) : null;
  }

  /** The caller's purpose for this field, or the per-field refusal. */
  purposeFor(coordinate: string): Purpose | GraphQLError {
    return purposeForField(this.settings.registry, this.identity, coordinate, this.today);
  }

  /**
   * Null when this person's field may be answered, else why not: an erased person's data is
   * never answered; a restricted person's only under a purpose resting on a legal obligation
   * (Pasal 20(2) c) that allows the field.
   */
  async personRefusal(workerId: string, coordinate: string): Promise<GraphQLError | null> {
    const state = await this.states.load(workerId);
    if (!state) return null;
    if (state.erasure) {
      return refusal('ERASED', `This person's personal data was erased on request ${state.erasure.requestId}; ${coordinate} is not answered`, { field: coordinate });
    }
    if (state.restriction) {
      const purpose = this.purposeFor(coordinate);
      if (purpose instanceof GraphQLError || !isLegalObligation(purpose)) {
        return refusal('RESTRICTED', `Processing of this person's personal data is restricted (request ${state.restriction.requestId}); ${coordinate} is answered only under a purpose resting on a legal obligation (Pasal 20(2) huruf c)`, { field: coordinate });
      }
    }
    return null;
  }

  /** Counts the person against the caller's hourly limit; the refusal once the limit is reached. */
  async bulkRefusal(workerId: string, coordinate: string): Promise<GraphQLError | null> {
    if (await this.admissions.load(workerId)) return null;
    const limit = this.settings.piiReadsPerHour;
    if (!this.alerted) {
      this.alerted = true;
      this.logger.alert('bulk personal-data read limit reached', { caller: this.caller(), ministry: this.identity.ministry, limitPerHour: limit });
    }
    return refusal('PII_READ_LIMIT', `You have read the personal data of ${limit} people this hour, the most one caller may (PII_READS_PER_HOUR); ${coordinate} is refused until the next hour`, {
      field: coordinate,
      limitPerHour: limit,
    });
  }

  private caller(): string {
    return `${this.identity.ministry ?? '-'}:${this.identity.sub}`;
  }
}
