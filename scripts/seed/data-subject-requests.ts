import { MINISTRIES } from '../../lib/identity';
import { ANSWER_WITHIN_MS } from '../../subgraphs/kp2mi/models/data-subject-request';
import { addDays, ID_KIND, SEED_NOW, seedObjectId } from './ids';
import type { WorkerSeed } from './workers';

/**
 * A few answered access requests (ACCESS, done in all four ministries), so the admins' list of
 * data-subject requests has history on a fresh system. Only ACCESS: the other types leave state
 * in the ministries' own databases, which only a real request writes.
 */
export function generateDataSubjectRequests(workers: readonly WorkerSeed[]) {
  const officer = { sub: 'kp2mi-officer', ministry: 'KP2MI', roles: ['officer'] };
  return workers.slice(0, 3).map((worker, index) => {
    const receivedAt = addDays(SEED_NOW, -30 + index * 7);
    const handledAt = new Date(receivedAt.getTime() + 2 * 3600_000);
    return {
      _id: seedObjectId(receivedAt, ID_KIND.dataSubjectRequest, index),
      type: 'ACCESS',
      workerId: worker._id,
      details: 'Pekerja meminta salinan data pribadinya dan riwayat pemrosesannya (Pasal 32 UU 27/2022).',
      correctedFields: [],
      receivedAt,
      dueAt: new Date(receivedAt.getTime() + ANSWER_WITHIN_MS),
      receivedBy: officer,
      status: 'DONE',
      parts: MINISTRIES.map((ministry) => ({ ministry, status: 'DONE', handledBy: officer, handledAt, note: 'Answered by the data-subject report.', erased: [], kept: [], corrected: [] })),
    };
  });
}
