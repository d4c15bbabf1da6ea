import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';

/**
 * What a data-subject request left in force for one person in this ministry's subgraph:
 * a restriction (RESTRICT until LIFT_RESTRICTION) or an erasure's tombstone. Each subgraph
 * keeps its own, in its own database, so its guard reads it on the next request without
 * asking another ministry; a document exists only for people with a request in effect.
 */
export const dataSubjectStateSchema = new Schema(
  {
    /** The worker's id (KP2MI's `Worker.id`). */
    _id: { type: Schema.Types.ObjectId, required: true },
    restriction: {
      type: new Schema({ requestId: { type: String, required: true }, since: { type: Date, required: true } }, { _id: false }),
      default: null,
    },
    /**
     * The tombstone: which request erased what, and what was kept for which duty. Field names
     * and purpose codes only, never a value, so the erasure can be proven without undoing it.
     */
    erasure: {
      type: new Schema(
        {
          requestId: { type: String, required: true },
          at: { type: Date, required: true },
          erased: { type: [String], default: [] },
          kept: { type: [new Schema({ field: String, purposeCode: String, until: Date }, { _id: false })], default: [] },
        },
        { _id: false },
      ),
      default: null,
    },
  },
  { collection: 'data_subject_states', versionKey: false },
);

export type DataSubjectStateDoc = InferSchemaType<typeof dataSubjectStateSchema> & { _id: Types.ObjectId };

export const dataSubjectStateModel = (connection: Connection) => connection.model('DataSubjectState', dataSubjectStateSchema);
export type DataSubjectStateModel = ReturnType<typeof dataSubjectStateModel>;
