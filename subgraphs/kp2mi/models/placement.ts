import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { versionedCollection } from '../../runtime/versions/versioned-collection';

export const JOB_SECTORS = ['DOMESTIC_WORK', 'CAREGIVING', 'MANUFACTURING', 'CONSTRUCTION', 'PLANTATION', 'FISHERIES', 'HOSPITALITY', 'ENERGY', 'MINING', 'OTHER'] as const;
export const PLACEMENT_SCHEMES = ['G_TO_G', 'P_TO_P', 'INDIVIDUAL', 'COMPANY_OWN'] as const;
export const PLACEMENT_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'TERMINATED'] as const;

export type JobSector = (typeof JOB_SECTORS)[number];
export type PlacementScheme = (typeof PLACEMENT_SCHEMES)[number];
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const placementSchema = new Schema(
  {
    workerId: { type: Schema.Types.ObjectId, required: true },
    countryCode: { type: String, required: true, match: /^[A-Z]{2}$/ },
    employer: { type: String, required: true, trim: true, maxlength: 150 },
    jobTitle: { type: String, required: true, trim: true, maxlength: 100 },
    sector: { type: String, required: true, enum: JOB_SECTORS },
    scheme: { type: String, required: true, enum: PLACEMENT_SCHEMES },
    startDate: { type: Date, required: true },
    /** The year of startDate, stored so filters and statistics by year need no date expression. */
    startYear: { type: Number, required: true, min: 1990, max: 2100 },
    endDate: { type: Date, default: null },
    status: { type: String, required: true, enum: PLACEMENT_STATUSES },
    jobOpeningId: { type: Schema.Types.ObjectId, default: null },
  },
  { collection: 'placements', versionKey: false },
);

// Its counts and statistics are kept by write version: every write bumps it.
placementSchema.plugin(versionedCollection);

// The connections' order (newest start first), each filter with that order, and the references.
placementSchema.index({ startDate: -1, _id: -1 });
placementSchema.index({ countryCode: 1, startDate: -1, _id: -1 });
placementSchema.index({ sector: 1, startDate: -1, _id: -1 });
placementSchema.index({ scheme: 1, startDate: -1, _id: -1 });
placementSchema.index({ status: 1, countryCode: 1 });
placementSchema.index({ startYear: 1, startDate: -1, _id: -1 });
placementSchema.index({ workerId: 1, startDate: -1 });
placementSchema.index({ jobOpeningId: 1 });

export type PlacementDoc = InferSchemaType<typeof placementSchema> & { _id: Types.ObjectId };

export const placementModel = (connection: Connection) => connection.model('Placement', placementSchema);
