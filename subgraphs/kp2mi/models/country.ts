import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/** Destination countries; `_id` is the ISO 3166-1 alpha-2 code, so a lookup by code is a lookup by `_id`. */
export const countrySchema = new Schema(
  {
    _id: { type: String, required: true, match: /^[A-Z]{2}$/ },
    name: { type: String, required: true },
    /** Indonesian; `name` is English. */
    nameId: { type: String, required: true },
    region: { type: String, required: true },
  },
  { collection: 'countries', versionKey: false },
);

countrySchema.index({ name: 1 });

export type CountryDoc = InferSchemaType<typeof countrySchema>;

export const countryModel = (connection: Connection) => connection.model('Country', countrySchema);
