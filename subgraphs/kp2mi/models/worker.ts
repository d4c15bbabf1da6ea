import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { versionedCollection } from '../../runtime/versions/versioned-collection';
import { PASSPORT_NUMBER, PHONE } from '../worker-inputs';

export const SEXES = ['MALE', 'FEMALE'] as const;
export const EDUCATIONS = ['PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'DIPLOMA', 'BACHELOR'] as const;
/** In lifecycle order: a status only moves forward (RETURNED → READY aside). */
export const WORKER_STATUSES = ['CANDIDATE', 'VERIFIED', 'IN_TRAINING', 'READY', 'DEPLOYED', 'RETURNED'] as const;

export type Education = (typeof EDUCATIONS)[number];
export type WorkerStatus = (typeof WORKER_STATUSES)[number];

export const workerSchema = new Schema(
  {
    nik: { type: String, required: true, match: /^\d{16}$/ },
    fullName: { type: String, required: true, trim: true, maxlength: 100 },
    sex: { type: String, required: true, enum: SEXES },
    birthDate: { type: Date, required: true },
    provinceCode: { type: String, required: true, match: /^\d{2}$/ },
    regencyCode: { type: String, required: true, match: /^\d{2}$/ },
    education: { type: String, enum: EDUCATIONS },
    status: { type: String, required: true, enum: WORKER_STATUSES },
    languages: { type: [String], default: [] },
    phone: { type: String, match: PHONE },
    passportNumber: { type: String, default: null, match: PASSPORT_NUMBER },
    registeredAt: { type: Date, required: true },
  },
  { collection: 'workers', versionKey: false },
);

// Its counts and statistics are kept by write version: every write bumps it.
workerSchema.plugin(versionedCollection);

// A NIK identifies one person: registered once.
workerSchema.index({ nik: 1 }, { unique: true });
// The connection's order, and each filter with that order behind it.
workerSchema.index({ registeredAt: -1, _id: -1 });
workerSchema.index({ status: 1, registeredAt: -1, _id: -1 });
workerSchema.index({ provinceCode: 1, registeredAt: -1, _id: -1 });
workerSchema.index({ sex: 1, registeredAt: -1, _id: -1 });
workerSchema.index({ education: 1, registeredAt: -1, _id: -1 });

export type WorkerDoc = InferSchemaType<typeof workerSchema> & { _id: Types.ObjectId };

export const workerModel = (connection: Connection) => connection.model('Worker', workerSchema);
