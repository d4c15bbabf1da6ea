import type { Model, Query, Schema } from 'mongoose';
import { bumpVersion } from './collection-versions';

const versionedSchemas = new WeakSet<Schema>();

/** Whether the model's writes bump a version, so its counts may be kept by version. */
export const isVersioned = (model: Model<any>) => versionedSchemas.has(model.schema);

const QUERY_WRITES = ['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne', 'findOneAndReplace', 'deleteOne', 'deleteMany', 'findOneAndDelete'] as const;

/**
 * A collection whose counts and statistics are kept by write version (`result-cache.ts`): every
 * write through its model bumps the version once the write is done, before the writer hears back,
 * so the next question after a write is answered fresh. A write straight to the driver's
 * collection must call `bumpVersion` itself.
 */
export function versionedCollection(schema: Schema): void {
  versionedSchemas.add(schema);
  for (const operation of QUERY_WRITES) {
    schema.post(operation, async function (this: Query<unknown, unknown>) {
      await bumpVersion(this.model.db, this.model.collection.collectionName);
    });
  }
  schema.post('save', async function (this: { constructor: Model<any> }) {
    await bumpVersion(this.constructor.db, this.constructor.collection.collectionName);
  });
  schema.post('insertMany', async function (this: Model<any>) {
    await bumpVersion(this.db, this.collection.collectionName);
  });
}
