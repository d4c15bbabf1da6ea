import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { JOB_SECTORS } from './placement';
import { versionedCollection } from '../../runtime/versions/versioned-collection';

/** Openings without a closing day sort after every dated one. */
export const NO_CLOSING_DAY = new Date('9999-12-31T00:00:00.000Z');

export const jobOpeningSchema = new Schema(
  {
    title: { type: String, required: true, trim: true, maxlength: 100 },
    employer: { type: String, required: true, trim: true, maxlength: 150 },
    countryCode: { type: String, required: true, match: /^[A-Z]{2}$/ },
    sector: { type: String, required: true, enum: JOB_SECTORS },
    vacancies: { type: Number, required: true, min: 1, max: 10_000 },
    closesOn: { type: Date, default: null },
    /** closesOn, or NO_CLOSING_DAY: the connection's order and the `openOn` filter in one indexed field. */
    closesOnSort: { type: Date, required: true },
    requirements: { type: [String], default: [] },
    requiredLanguages: { type: [String], default: [] },
  },
  { collection: 'job_openings', versionKey: false },
);

// Its counts and statistics are kept by write version: every write bumps it.
jobOpeningSchema.plugin(versionedCollection);

jobOpeningSchema.index({ closesOnSort: 1, _id: 1 });
jobOpeningSchema.index({ countryCode: 1, closesOnSort: 1, _id: 1 });
jobOpeningSchema.index({ sector: 1, closesOnSort: 1, _id: 1 });

export type JobOpeningDoc = InferSchemaType<typeof jobOpeningSchema> & { _id: Types.ObjectId };

export const jobOpeningModel = (connection: Connection) => connection.model('JobOpening', jobOpeningSchema);
