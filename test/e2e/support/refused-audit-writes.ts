import type { Connection } from 'mongoose';

/**
 * Runs `work` while KP2MI's database refuses every new read entry of the audit trail: the trail set
 * aside, one entry left whose `operation` every read entry repeats, and that field made unique.
 * A real failure of the subgraph's own (its INTERNAL_SERVER_ERROR), restored afterwards.
 */
export async function withAuditWritesRefused<T>(kp2mi: Connection, work: () => Promise<T>): Promise<T> {
  const audit = kp2mi.db!.collection('audit_entries');
  const saved = await audit.find().toArray();
  await audit.deleteMany({});
  await audit.insertOne({ operation: 'read', at: new Date(), note: 'e2e: blocks further read entries' });
  await audit.createIndex({ operation: 1 }, { unique: true, name: 'e2e_refuse_audit_writes' });
  try {
    return await work();
  } finally {
    await audit.dropIndex('e2e_refuse_audit_writes');
    await audit.deleteMany({});
    if (saved.length > 0) await audit.insertMany(saved);
  }
}
