import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import { CERTIFICATIONS } from '../certifications';
import { versionedCollection } from '../../runtime/versions/versioned-collection';

export const productSchema = new Schema(
  {
    businessId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true, trim: true, maxlength: 150 },
    category: { type: String, required: true, trim: true, maxlength: 60 },
    priceIdr: { type: Number, required: true, min: 1, validate: { validator: Number.isInteger, message: 'whole rupiah' } },
    unit: { type: String, required: true, trim: true, maxlength: 30 },
    exportReady: { type: Boolean, required: true },
    certifications: { type: [{ type: String, enum: CERTIFICATIONS }], default: [] },
    /** ISO 3166-1 alpha-2 codes of the countries where the product is marketed (kp2mi's countries). */
    marketCountryCodes: { type: [{ type: String, match: /^[A-Z]{2}$/ }], default: [] },
  },
  { collection: 'products', versionKey: false },
);

// Its counts and statistics are kept by write version: every write bumps it.
productSchema.plugin(versionedCollection);

// The connection's order, and each filter (and each reference) with that order behind it.
productSchema.index({ name: 1, _id: 1 });
productSchema.index({ businessId: 1, name: 1, _id: 1 });
productSchema.index({ category: 1, name: 1, _id: 1 });
productSchema.index({ exportReady: 1, name: 1, _id: 1 });
productSchema.index({ marketCountryCodes: 1, name: 1, _id: 1 });

export type ProductDoc = InferSchemaType<typeof productSchema> & { _id: Types.ObjectId };

export const productModel = (connection: Connection) => connection.model('Product', productSchema);
