import { markWritten } from '../../../subgraphs/runtime/versions/collection-versions';
import { openDatabase } from './clients';

const DATABASES = ['kp2mi', 'esdm', 'perindustrian', 'koperasi_ukm'];

/**
 * Marks every versioned collection of the four databases written, as a write would: what the
 * subgraphs kept by write version (counts, statistics, a key's referenced documents) is computed
 * again on the next request. For tests that count what a request costs the database when nothing
 * is kept.
 */
export async function forgetKept(): Promise<void> {
  for (const name of DATABASES) {
    const connection = await openDatabase(name);
    try {
      const db = connection.db!;
      for (const { _id } of await db.collection<{ _id: string }>('collection_versions').find({}, { projection: { _id: 1 } }).toArray()) await markWritten(db, _id);
    } finally {
      await connection.close();
    }
  }
}
