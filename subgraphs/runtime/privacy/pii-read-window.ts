import { Schema, type Connection, type Types } from 'mongoose';

/**
 * The people whose personal data one caller read in one clock hour (UTC), in the order they
 * were first read: the bulk-read limit admits the first `PII_READS_PER_HOUR`. Kept in the
 * database, so every replica counts the same caller against one list.
 */
export const piiReadWindowSchema = new Schema(
  {
    /** `<caller>|<hour>`, e.g. `kp2mi-officer|2026-12-02T04:00:00.000Z`. */
    _id: { type: String, required: true },
    workers: { type: [Schema.Types.ObjectId], default: [] },
    /** Windows are not needed after their hour: the limit removes those past this (FerretDB has no TTL index). */
    expiresAt: { type: Date, required: true },
  },
  { collection: 'pii_read_windows', versionKey: false },
);

piiReadWindowSchema.index({ expiresAt: 1 });

export interface PiiReadWindowDoc {
  _id: string;
  workers: Types.ObjectId[];
  expiresAt: Date;
}

export const piiReadWindowModel = (connection: Connection) => connection.model('PiiReadWindow', piiReadWindowSchema);
export type PiiReadWindowModel = ReturnType<typeof piiReadWindowModel>;
