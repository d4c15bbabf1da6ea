import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { versionedCollection } from '../../runtime/versions/versioned-collection';

/** A competency certificate issued when a worker passes a course (one per enrollment). */
export const certificateSchema = new Schema(
  {
    /** kp2mi's worker id. */
    workerId: { type: Schema.Types.ObjectId, required: true },
    enrollmentId: { type: Schema.Types.ObjectId, required: true },
    scheme: { type: String, required: true, maxlength: 200 },
    /** The LSP (Lembaga Sertifikasi Profesi) that certified. */
    issuer: { type: String, required: true, maxlength: 200 },
    issuedOn: { type: Date, required: true },
    expiresOn: { type: Date, required: true },
  },
  { collection: 'certificates', versionKey: false },
);

// Its counts and statistics are kept by write version: every write bumps it.
certificateSchema.plugin(versionedCollection);

// One pass, one certificate: a second completion of the same enrollment cannot issue another.
certificateSchema.index({ enrollmentId: 1 }, { unique: true });
// A worker's certificates in their documented order.
certificateSchema.index({ workerId: 1, issuedOn: 1, _id: 1 });

export type CertificateDoc = InferSchemaType<typeof certificateSchema> & { _id: Types.ObjectId };

export const certificateModel = (connection: Connection) => connection.model('Certificate', certificateSchema);
