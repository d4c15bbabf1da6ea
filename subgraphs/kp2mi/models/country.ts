import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { versionedCollection } from '../../runtime/versions/versioned-collection';

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

// Its counts and statistics are kept by write version: every write bumps it.
countrySchema.plugin(versionedCollection);

countrySchema.index({ name: 1 });

export type CountryDoc = InferSchemaType<typeof countrySchema>;

export const countryModel = (connection: Connection) => connection.model('Country', countrySchema);
