import DataLoader from 'dataloader';
import { Schema, Types, type Connection, type Model } from 'mongoose';

/**
 * A write version per collection, kept in the subgraph's own database (`collection_versions`):
 * every write of a versioned collection gives it a new version after the write is done, so a count
 * or a statistic computed at one version is exact for as long as the version stays, on every
 * replica. A version is a fresh ObjectId, not a counter: a database dropped and seeded again
 * never repeats one a process still keeps answers for.
 */
const VERSIONS_COLLECTION = 'collection_versions';
const versionSchema = new Schema({ _id: { type: String, required: true }, version: { type: String, required: true } }, { collection: VERSIONS_COLLECTION, versionKey: false });

interface Versions {
  model: Model<{ _id: string; version: string }>;
  /** Batches the lookups of one tick (all questions of concurrent requests) into one `find`; never caches. */
  current: DataLoader<string, string>;
}

const byConnection = new WeakMap<Connection, Versions>();

function versionsOf(connection: Connection): Versions {
  let versions = byConnection.get(connection);
  if (!versions) {
    const model = (connection.models.CollectionVersion ?? connection.model('CollectionVersion', versionSchema)) as Versions['model'];
    const current = new DataLoader<string, string>(
      async (names) => {
        const docs = await model.find(names.length === 1 ? { _id: names[0] } : { _id: { $in: names } }).lean<{ _id: string; version: string }[]>();
        const byName = new Map(docs.map((doc) => [doc._id, doc.version]));
        return names.map((name) => byName.get(name) ?? '');
      },
      { cache: false },
    );
    versions = { model, current };
    byConnection.set(connection, versions);
  }
  return versions;
}

/** The collection's write version now (empty before its first versioned write). */
export function currentVersion(model: Model<any>): Promise<string> {
  return versionsOf(model.db).current.load(model.collection.collectionName);
}

/**
 * Marks the collection written: a count or statistic kept from before is not answered again.
 * On the driver's database handle, so a write made around the subgraph (a fixture, a migration)
 * can say so too.
 */
export async function markWritten(db: NonNullable<Connection['db']>, collection: string): Promise<void> {
  await db.collection<{ _id: string; version: string }>(VERSIONS_COLLECTION).updateOne({ _id: collection }, { $set: { version: new Types.ObjectId().toHexString() } }, { upsert: true });
}

export async function bumpVersion(connection: Connection, collection: string): Promise<void> {
  await markWritten(connection.db!, collection);
}

/**
 * Every collection's write version now, by collection: what the gateway compares before it sends
 * a kept public answer again (`GET /versions`). One `find` over a document per collection.
 */
export async function allVersions(connection: Connection): Promise<Record<string, string>> {
  const docs = await versionsOf(connection).model.find({}).lean<{ _id: string; version: string }[]>();
  return Object.fromEntries(docs.map((doc) => [doc._id, doc.version]).sort(([a], [b]) => a!.localeCompare(b!)));
}
