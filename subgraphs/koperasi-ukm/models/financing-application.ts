import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { KUR_BANKS, KUR_SCHEMES } from '../kur';
import { versionedCollection } from '../../runtime/versions/versioned-collection';

export const FINANCING_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'DISBURSED'] as const;
export type FinancingStatus = (typeof FINANCING_STATUSES)[number];

export const financingApplicationSchema = new Schema(
  {
    businessId: { type: Schema.Types.ObjectId, required: true },
    scheme: { type: String, required: true, enum: KUR_SCHEMES },
    /** Whole rupiah; the scheme's ceiling is checked by the mutation, which names the rule. */
    amountIdr: { type: Number, required: true, min: 1, validate: { validator: Number.isInteger, message: 'whole rupiah' } },
    bank: { type: String, required: true, enum: KUR_BANKS.map((bank) => bank.code) },
    status: { type: String, required: true, enum: FINANCING_STATUSES },
    appliedOn: { type: Date, required: true },
    decidedOn: { type: Date, default: null },
  },
  { collection: 'financing_applications', versionKey: false },
);

// Its counts and statistics are kept by write version: every write bumps it.
financingApplicationSchema.plugin(versionedCollection);

// A business's applications, newest first (Business.financing), and the statistics' dimensions.
financingApplicationSchema.index({ businessId: 1, appliedOn: -1, _id: -1 });
financingApplicationSchema.index({ scheme: 1 });
financingApplicationSchema.index({ status: 1 });
financingApplicationSchema.index({ bank: 1 });

export type FinancingApplicationDoc = InferSchemaType<typeof financingApplicationSchema> & { _id: Types.ObjectId };

export const financingApplicationModel = (connection: Connection) => connection.model('FinancingApplication', financingApplicationSchema);
