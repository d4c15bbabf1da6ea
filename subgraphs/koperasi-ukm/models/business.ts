import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { versionedCollection } from '../../runtime/versions/versioned-collection';

export const BUSINESS_SECTORS = ['FOOD_BEVERAGE', 'HANDICRAFT', 'FASHION', 'AGRICULTURE', 'FURNITURE', 'TRADE', 'SERVICES', 'OTHER'] as const;
export const BUSINESS_SCALES = ['MICRO', 'SMALL', 'MEDIUM'] as const;
export type BusinessSector = (typeof BUSINESS_SECTORS)[number];
export type BusinessScale = (typeof BUSINESS_SCALES)[number];

export const businessSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 150 },
    /** kp2mi's worker id when the owner is a registered PMI; kp2mi's data is never copied here. */
    ownerWorkerId: { type: Schema.Types.ObjectId, default: null },
    ownedByReturnedWorker: { type: Boolean, required: true },
    provinceCode: { type: String, required: true, match: /^\d{2}$/ },
    sector: { type: String, required: true, enum: BUSINESS_SECTORS },
    scale: { type: String, required: true, enum: BUSINESS_SCALES },
    foundedOn: { type: Date },
  },
  { collection: 'businesses', versionKey: false },
);

// Its counts and statistics are kept by write version: every write bumps it.
businessSchema.plugin(versionedCollection);

// The connection's order, and each filter with that order behind it.
businessSchema.index({ name: 1, _id: 1 });
businessSchema.index({ provinceCode: 1, name: 1, _id: 1 });
businessSchema.index({ scale: 1, name: 1, _id: 1 });
businessSchema.index({ sector: 1, name: 1, _id: 1 });
businessSchema.index({ ownedByReturnedWorker: 1, name: 1, _id: 1 });
// A worker's businesses, in the order Worker.businesses lists them.
businessSchema.index({ ownerWorkerId: 1, name: 1, _id: 1 });

export type BusinessDoc = InferSchemaType<typeof businessSchema> & { _id: Types.ObjectId };

export const businessModel = (connection: Connection) => connection.model('Business', businessSchema);
