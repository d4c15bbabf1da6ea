import { MINISTRIES, type Identity, type Ministry } from '../../lib/identity';
import type { Logger } from '../../lib/logger';
import { REFUSAL_GROUNDS, type RefusalGround } from '../../lib/privacy/purposes';
import { SUBGRAPHS, type SubgraphEntry } from '../catalog';
import { badUserInput, conflict, notFound } from '../runtime/errors';
import { textInput } from '../runtime/input';
import { parseObjectId } from '../runtime/object-id';
import { paginate, type PageArgs } from '../runtime/pagination';
import type { DataSubjectRequestType, PartReport, PartRequest } from '../runtime/privacy/data-subject-part';
import type { Correction } from '../runtime/privacy/personal-data-store';
import type { Kp2miModels } from './models';
import { ANSWER_WITHIN_MS, requestStatus, type DataSubjectRequestDoc, type RequestPartDoc, type RequestStatus } from './models/data-subject-request';
import type { WorkerDoc } from './models/worker';
import { nikInput } from './nik-input';
import { correctedValue, RECTIFIABLE } from './personal-data-store';

export interface SubmitInput {
  nik: string;
  type: DataSubjectRequestType;
  details: string;
  corrections?: Correction[] | null;
}

/** Carries one ministry's part out: KP2MI's own in-process, the others' by a signed call. */
export type PartRunner = (ministry: Ministry, request: PartRequest) => Promise<PartReport>;

const MAX_CORRECTIONS = 10;
const MAX_REASON = 500;

/** Pasal 15(1) lists the requests a ministry may refuse; access (Pasal 32) and correction (Pasal 30) are not among them. */
const REFUSABLE: readonly DataSubjectRequestType[] = ['RESTRICT', 'ERASE'];

const actorOf = (identity: Identity) => ({ sub: identity.sub, ministry: identity.ministry, roles: identity.roles });

/**
 * Data-subject requests: received by a KP2MI officer, carried out in the four ministries at
 * once (each part on its own, so one ministry's outage leaves only its part open), listed for
 * admins with what is overdue.
 */
export class DataSubjectRequests {
  constructor(
    private readonly models: Kp2miModels,
    private readonly logger: Logger,
  ) {}

  async submit(input: SubmitInput, identity: Identity, run: PartRunner): Promise<DataSubjectRequestDoc> {
    nikInput(input.nik, 'input.nik');
    const details = textInput(input.details, 'input.details', 2000);
    const corrections = this.corrections(input);
    const worker = await this.models.Worker.findOne({ nik: input.nik }, { _id: 1, nik: 1, sex: 1 }).lean<Pick<WorkerDoc, '_id' | 'nik' | 'sex'>>();
    if (!worker) throw notFound('No worker has this NIK', 'input.nik');
    // Checked against the record before anything is written: a bad correction writes nothing.
    corrections.forEach(({ field, value }, index) => correctedValue(field, value, `input.corrections[${index}].value`, worker));
    const receivedAt = new Date();
    const [created] = await this.models.DataSubjectRequest.insertMany([
      {
        type: input.type,
        workerId: worker._id,
        details,
        correctedFields: corrections.map((correction) => correction.field),
        receivedAt,
        dueAt: new Date(receivedAt.getTime() + ANSWER_WITHIN_MS),
        receivedBy: actorOf(identity),
        status: 'OPEN',
        parts: MINISTRIES.map((ministry) => ({ ministry, status: 'OPEN' })),
      },
    ]);
    return this.carryOut(created!.toObject() as DataSubjectRequestDoc, corrections, identity, run);
  }

  /** Carries out the parts still open, e.g. of a ministry that was down (corrections are not kept, so a RECTIFY is submitted again). */
  async retry(id: string, identity: Identity, run: PartRunner): Promise<DataSubjectRequestDoc> {
    const request = await this.find(id, 'id');
    if (request.type === 'RECTIFY' && request.parts.some((part) => part.status === 'OPEN')) {
      throw conflict('A correction is not kept to be sent again (its values are personal data): submit the RECTIFY request again', 'id');
    }
    return this.carryOut(request, [], identity, run);
  }

  async refuse(requestId: string, ground: RefusalGround, reasonText: string, identity: Identity, run: PartRunner): Promise<DataSubjectRequestDoc> {
    const request = await this.find(requestId, 'requestId');
    if (!REFUSABLE.includes(request.type)) {
      throw badUserInput(
        request.type === 'ACCESS' || request.type === 'RECTIFY'
          ? `UU 27/2022 allows no refusal of ${request.type === 'ACCESS' ? 'access (Pasal 32)' : 'correction (Pasal 30)'}: Pasal 15(1) does not list it`
          : 'Ending a restriction is not refused: the restriction itself was the exception',
        'ground',
      );
    }
    const reason = textInput(reasonText, 'reason', MAX_REASON);
    const ministry = identity.ministry;
    const part = request.parts.find((candidate) => candidate.ministry === ministry);
    if (!ministry || !part) throw badUserInput('You sign in for no ministry with a part in this request', 'requestId');
    if (part.status === 'REFUSED') throw conflict(`${ministry}'s part is already refused`, 'requestId');
    if (part.status === 'DONE' && request.type === 'ERASE') throw conflict(`${ministry}'s part is done: an erasure cannot be undone`, 'requestId');
    // A restriction done is lifted in this ministry: refusing it means processing goes on here.
    if (part.status === 'DONE') await run(ministry, { requestId: String(request._id), workerId: String(request.workerId), type: 'LIFT_RESTRICTION', corrections: [] });
    const article = Object.values(REFUSAL_GROUNDS).find((candidate) => candidate.name === ground)!.article;
    const parts = request.parts.map((candidate) =>
      candidate.ministry === ministry ? { ...candidate, status: 'REFUSED', refusalGround: ground, handledBy: actorOf(identity), handledAt: new Date(), note: `Refused under ${article}: ${reason}` } : candidate,
    );
    return this.saveParts(request, parts as RequestPartDoc[]);
  }

  async findById(id: string): Promise<DataSubjectRequestDoc | null> {
    return this.models.DataSubjectRequest.findById(parseObjectId(id, 'id', 'data-subject request')).lean<DataSubjectRequestDoc>();
  }

  list(filter: { status?: RequestStatus | null; overdue?: boolean | null }, page: PageArgs, now = new Date()) {
    const conditions: Record<string, unknown>[] = [];
    if (filter.status) conditions.push({ status: filter.status });
    if (filter.overdue === true) conditions.push({ status: 'OPEN', dueAt: { $lt: now } });
    if (filter.overdue === false) conditions.push({ $or: [{ status: { $ne: 'OPEN' } }, { dueAt: { $gte: now } }] });
    return paginate<DataSubjectRequestDoc>(this.models.DataSubjectRequest, {
      connection: 'Query.dataSubjectRequests',
      filter: conditions.length > 0 ? { $and: conditions } : {},
      order: { field: 'receivedAt', direction: -1 },
      page,
    });
  }

  private corrections(input: SubmitInput): Correction[] {
    const corrections = input.corrections ?? [];
    if (input.type !== 'RECTIFY') {
      if (corrections.length > 0) throw badUserInput(`corrections belong to a RECTIFY request, not ${input.type}`, 'input.corrections');
      return [];
    }
    if (corrections.length === 0) throw badUserInput('a RECTIFY request needs at least one correction', 'input.corrections');
    if (corrections.length > MAX_CORRECTIONS) throw badUserInput(`at most ${MAX_CORRECTIONS} corrections`, 'input.corrections');
    corrections.forEach(({ field }, index) => {
      if (!(RECTIFIABLE as readonly string[]).includes(field)) throw badUserInput(`${field} cannot be corrected by a request; correctable: ${RECTIFIABLE.join(', ')}`, `input.corrections[${index}].field`);
      if (corrections.findIndex((other) => other.field === field) !== index) throw badUserInput(`${field} is corrected twice`, `input.corrections[${index}].field`);
    });
    return corrections;
  }

  private async find(id: string, field: string): Promise<DataSubjectRequestDoc> {
    const request = await this.models.DataSubjectRequest.findById(parseObjectId(id, field, 'data-subject request')).lean<DataSubjectRequestDoc>();
    if (!request) throw notFound('No data-subject request has this id', field);
    return request;
  }

  private async carryOut(request: DataSubjectRequestDoc, corrections: Correction[], identity: Identity, run: PartRunner): Promise<DataSubjectRequestDoc> {
    const partRequest: PartRequest = { requestId: String(request._id), workerId: String(request.workerId), type: request.type, corrections };
    const parts = await Promise.all(
      request.parts.map(async (part): Promise<RequestPartDoc> => {
        if (part.status !== 'OPEN') return part;
        try {
          const report = await run(part.ministry as Ministry, partRequest);
          return { ...part, ...report, handledBy: actorOf(identity), handledAt: new Date() } as RequestPartDoc;
        } catch (err) {
          this.logger.warn('a ministry could not carry out its part of a data-subject request; it stays open', { requestId: partRequest.requestId, ministry: part.ministry, err });
          return { ...part, note: `Not carried out yet: ${part.ministry} could not be reached; retry with retryDataSubjectRequest` } as RequestPartDoc;
        }
      }),
    );
    return this.saveParts(request, parts);
  }

  private async saveParts(request: DataSubjectRequestDoc, parts: RequestPartDoc[]): Promise<DataSubjectRequestDoc> {
    const status = requestStatus(parts);
    await this.models.DataSubjectRequest.updateOne({ _id: request._id }, { $set: { parts, status } });
    return { ...request, parts, status };
  }
}

/** The subgraph each ministry's part goes to. */
export function subgraphOf(ministry: Ministry): SubgraphEntry {
  return SUBGRAPHS.find((entry) => entry.ministry === ministry)!;
}

