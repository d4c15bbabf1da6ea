import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { versionedCollection } from '../../runtime/versions/versioned-collection';

/** A ministry's training centre; `_id` is its code (e.g. `PPSDM-MIGAS`, `BDI-MEDAN`). */
export const trainingCenterSchema = new Schema(
  {
    _id: { type: String, required: true, match: /^[A-Z0-9-]{2,40}$/ },
    name: { type: String, required: true },
    city: { type: String, required: true },
  },
  { collection: 'training_centers', versionKey: false },
);

// Its counts and statistics are kept by write version: every write bumps it.
trainingCenterSchema.plugin(versionedCollection);

trainingCenterSchema.index({ name: 1 });

export type TrainingCenterDoc = InferSchemaType<typeof trainingCenterSchema>;

export const trainingCenterModel = (connection: Connection) => connection.model('TrainingCenter', trainingCenterSchema);
