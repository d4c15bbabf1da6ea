import { Schema, type Connection, type Types } from 'mongoose';
import { MINISTRIES, type Ministry } from '../../../lib/identity';
import { REFUSAL_GROUNDS } from '../../../lib/privacy/purposes';
import { DATA_SUBJECT_REQUEST_TYPES, type DataSubjectRequestType } from '../../runtime/privacy/data-subject-part';
import { versionedCollection } from '../../runtime/versions/versioned-collection';

export const REQUEST_STATUSES = ['OPEN', 'DONE', 'REFUSED'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The law gives 3×24 hours to answer (UU 27/2022 Pasal 30–32). */
export const ANSWER_WITHIN_MS = 72 * 3600_000;

const actorSchema = new Schema({ sub: { type: String, required: true }, ministry: { type: String, default: null }, roles: { type: [String], default: [] } }, { _id: false });

const partSchema = new Schema(
  {
    ministry: { type: String, required: true, enum: MINISTRIES },
    status: { type: String, required: true, enum: REQUEST_STATUSES },
    handledBy: { type: actorSchema, default: null },
    handledAt: { type: Date, default: null },
    refusalGround: { type: String, default: null, enum: [...Object.values(REFUSAL_GROUNDS).map((ground) => ground.name), null] },
    note: { type: String, default: null },
    erased: { type: [String], default: [] },
    kept: { type: [new Schema({ field: String, purposeCode: String, retentionDuty: String, until: String }, { _id: false })], default: [] },
    corrected: { type: [String], default: [] },
  },
  { _id: false },
);

/**
 * A data-subject request as KP2MI received it, with each ministry's part. The request names the
 * person by worker id, not by NIK: the NIK stays in the worker's record, where an erasure reaches it.
 */
export const dataSubjectRequestSchema = new Schema(
  {
    type: { type: String, required: true, enum: DATA_SUBJECT_REQUEST_TYPES },
    workerId: { type: Schema.Types.ObjectId, required: true },
    details: { type: String, required: true, maxlength: 2000 },
    /** Fields a RECTIFY names; their new values go to the owning ministry's audit trail, not here. */
    correctedFields: { type: [String], default: [] },
    receivedAt: { type: Date, required: true },
    dueAt: { type: Date, required: true },
    receivedBy: { type: actorSchema, required: true },
    /** OPEN while a part is open, REFUSED when all are, else DONE: what `status` and `overdue` filter on. */
    status: { type: String, required: true, enum: REQUEST_STATUSES },
    parts: { type: [partSchema], default: [] },
  },
  { collection: 'data_subject_requests', versionKey: false },
);

// Its counts and statistics are kept by write version: every write bumps it.
dataSubjectRequestSchema.plugin(versionedCollection);

dataSubjectRequestSchema.index({ receivedAt: -1, _id: -1 });
dataSubjectRequestSchema.index({ status: 1, dueAt: 1 });

interface Actor {
  sub: string;
  ministry: string | null;
  roles: string[];
}

/** A part as read back (lean): the document's plain shape. */
export interface RequestPartDoc {
  ministry: Ministry;
  status: RequestStatus;
  handledBy: Actor | null;
  handledAt: Date | null;
  refusalGround: string | null;
  note: string | null;
  erased: string[];
  kept: { field: string; purposeCode: string; retentionDuty: string; until: string }[];
  corrected: string[];
}

export interface DataSubjectRequestDoc {
  _id: Types.ObjectId;
  type: DataSubjectRequestType;
  workerId: Types.ObjectId;
  details: string;
  correctedFields: string[];
  receivedAt: Date;
  dueAt: Date;
  receivedBy: Actor;
  status: RequestStatus;
  parts: RequestPartDoc[];
}

export const dataSubjectRequestModel = (connection: Connection) => connection.model('DataSubjectRequest', dataSubjectRequestSchema);

/** A request's status from its parts. */
export function requestStatus(parts: readonly { status: string }[]): RequestStatus {
  if (parts.some((part) => part.status === 'OPEN')) return 'OPEN';
  return parts.length > 0 && parts.every((part) => part.status === 'REFUSED') ? 'REFUSED' : 'DONE';
}
