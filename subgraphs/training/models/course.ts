import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { versionedCollection } from '../../runtime/versions/versioned-collection';
import type { JobSector } from '../training-ministry';

function courseSchema(sectors: readonly JobSector[]) {
  const schema = new Schema(
    {
      title: { type: String, required: true, trim: true, maxlength: 150 },
      skillArea: { type: String, required: true, trim: true, maxlength: 100 },
      /** The job sector abroad the course prepares for (recommendations match it against job openings). */
      sector: { type: String, required: true, enum: sectors },
      durationHours: { type: Number, required: true, min: 1, max: 2000, validate: Number.isInteger },
      trainingCenterCode: { type: String, required: true },
      /** The training centre's city, copied here so the `city` filter is one query on this collection. */
      city: { type: String, required: true },
      certificationScheme: { type: String, required: true, trim: true, maxlength: 200 },
      /** Changed only by the holder of the claim on `seatVersion` (see CourseRepository.changeSeats), so never below zero. */
      seatsAvailable: { type: Number, required: true, min: 0, validate: Number.isInteger },
      /** How many times the seats have changed: names the claim of the next change. Absent on courses written before it. */
      seatVersion: { type: Number, default: 0 },
    },
    { collection: 'courses', versionKey: false },
  );
  // The connection's order, and each filter with that order behind it.
  schema.index({ title: 1, _id: 1 });
  schema.index({ skillArea: 1, title: 1, _id: 1 });
  schema.index({ city: 1, title: 1, _id: 1 });
  schema.index({ seatsAvailable: 1, title: 1, _id: 1 });
  // Recommendations: a sector's courses with seats, most seats first.
  schema.index({ sector: 1, seatsAvailable: -1, title: 1, _id: 1 });
  // Its counts are kept by write version: every write bumps it.
  schema.plugin(versionedCollection);
  return schema;
}

export type CourseDoc = InferSchemaType<ReturnType<typeof courseSchema>> & { _id: Types.ObjectId };

export const courseModel = (connection: Connection, sectors: readonly JobSector[]) => connection.model('Course', courseSchema(sectors));
