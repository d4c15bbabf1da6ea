import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { MINISTRIES } from '../../../lib/identity';

export const AUDIT_ACTIONS = ['READ_PERSONAL_DATA', 'WRITE', 'WRITE_REJECTED', 'EXPORT_PERSONAL_DATA', 'VERIFY_WORKER', 'RESTRICT', 'LIFT_RESTRICTION', 'RECTIFY', 'ERASE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One processing of data, kept by the subgraph that did it (UU 27/2022: who processed whose
 * personal data, why and when). Names of fields, never their values — except a correction's
 * old and new values (`changes`), which the law asks the trail to keep.
 */
export const auditEntrySchema = new Schema(
  {
    at: { type: Date, required: true },
    /** The ministry whose subgraph did the processing and keeps this entry. */
    ministry: { type: String, required: true, enum: MINISTRIES },
    action: { type: String, required: true, enum: AUDIT_ACTIONS },
    /** `read` for personal data, else the mutation's name. */
    operation: { type: String, required: true },
    /** The client's operation name, when it sent one. */
    operationName: { type: String, default: null },
    actor: {
      sub: { type: String, required: true },
      ministry: { type: String, default: null },
      roles: { type: [String], default: [] },
    },
    /** The free-text note of `X-Purpose`. */
    purpose: { type: String, default: null },
    /** The registered purpose (`X-Purpose-Code`) and its legal basis (Pasal 20(2): `PUBLIC_TASK` …). */
    purposeCode: { type: String, default: null },
    legalBasis: { type: String, default: null },
    recordType: { type: String, required: true },
    recordId: { type: String, default: null },
    /** The data subject, when the record is about one worker. */
    workerId: { type: Schema.Types.ObjectId, default: null },
    /** Schema coordinates read (`Worker.nik`) or input fields written (`input.countryCode`). */
    fields: { type: [String], default: [] },
    requestId: { type: String, required: true },
    /** Why a write was refused (the GraphQL error code), or why an export stopped early. */
    errorCode: { type: String, default: null },
    /** Rows an export sent (EXPORT_PERSONAL_DATA). */
    rows: { type: Number, default: null },
    /** A data-subject request's correction (RECTIFY): each field's old and new value. */
    changes: { type: [new Schema({ field: String, oldValue: String, newValue: String }, { _id: false })], default: [] },
  },
  { collection: 'audit_entries', versionKey: false },
);

// The trail of one worker, newest first, `_id` breaking ties: the order of `auditTrail`.
auditEntrySchema.index({ workerId: 1, at: -1, _id: -1 });

// Append-only: the application can add entries and read them, never change or remove one.
for (const operation of ['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne', 'findOneAndReplace', 'deleteOne', 'deleteMany', 'findOneAndDelete'] as const) {
  auditEntrySchema.pre(operation, () => {
    throw new Error(`the audit trail is append-only: ${operation} is not allowed`);
  });
}

export type AuditEntryDoc = InferSchemaType<typeof auditEntrySchema> & { _id: Types.ObjectId };

export const auditEntryModel = (connection: Connection) => connection.model('AuditEntry', auditEntrySchema);
export type AuditEntryModel = ReturnType<typeof auditEntryModel>;
