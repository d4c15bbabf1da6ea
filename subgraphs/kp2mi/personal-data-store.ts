import type { Types } from 'mongoose';
import { parseDate } from '../../lib/graphql/scalars';
import { badUserInput } from '../runtime/errors';
import { textInput } from '../runtime/input';
import type { Change, Correction, Holding, PersonalDataStore } from '../runtime/privacy/personal-data-store';
import { bumpVersion } from '../runtime/versions/collection-versions';
import type { Kp2miModels } from './models';
import type { WorkerDoc } from './models/worker';
import { checkNikAgainst } from './nik';
import { passportNumberInput, phoneInput } from './worker-inputs';

/** Worker fields as they are stored, by the coordinate that names them in the graph. */
const STORED: Record<string, keyof WorkerDoc> = {
  'Worker.nik': 'nik',
  'Worker.fullName': 'fullName',
  'Worker.birthDate': 'birthDate',
  'Worker.phone': 'phone',
  'Worker.passportNumber': 'passportNumber',
};

/** The fields KP2MI corrects on a data-subject request (the others are not corrected by a request). */
export const RECTIFIABLE = ['Worker.fullName', 'Worker.phone', 'Worker.passportNumber', 'Worker.birthDate'] as const;

const show = (value: unknown): string | null => (value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/**
 * KP2MI's record of a person: the worker's personal fields. Their retention counts from the
 * last event of the record: registration, or a placement's start or end, whichever is latest.
 */
export function kp2miPersonalData(models: Kp2miModels): PersonalDataStore {
  return {
    rectifiable: RECTIFIABLE,

    async holdings(workerId: Types.ObjectId): Promise<Holding[]> {
      const [worker, placements] = await Promise.all([
        models.Worker.findById(workerId).lean<WorkerDoc>(),
        models.Placement.find({ workerId }, { startDate: 1, endDate: 1 }).lean<{ startDate: Date; endDate?: Date | null }[]>(),
      ]);
      if (!worker) return [];
      const since = new Date(Math.max(worker.registeredAt.getTime(), ...placements.flatMap((p) => [p.startDate.getTime(), p.endDate?.getTime() ?? 0])));
      return Object.entries(STORED)
        .filter(([, key]) => worker[key] !== null && worker[key] !== undefined)
        .map(([field]) => ({ field, since }));
    },

    async erase(workerId: Types.ObjectId, fields: string[]): Promise<void> {
      const unset = Object.fromEntries(fields.filter((field) => field !== 'Worker.nik').map((field) => [STORED[field], 1]));
      // A NIK is unique, and a unique index counts every missing one as the same null: an erased
      // NIK becomes a placeholder that names no one and matches no NIK lookup.
      const set = fields.includes('Worker.nik') ? { nik: `erased:${workerId.toHexString()}` } : {};
      // Straight to the collection: the erased fields are required of a registration, not of an erased record.
      await models.Worker.collection.updateOne({ _id: workerId }, { $unset: unset, $set: set });
      await bumpVersion(models.Worker.db, models.Worker.collection.collectionName);
    },

    async rectify(workerId: Types.ObjectId, corrections: Correction[]): Promise<Change[]> {
      const worker = await models.Worker.findById(workerId).lean<WorkerDoc>();
      if (!worker) throw badUserInput('the worker of this request no longer exists', 'nik');
      const set: Partial<Record<keyof WorkerDoc, unknown>> = {};
      for (const [index, { field, value }] of corrections.entries()) {
        const where = `input.corrections[${index}].value`;
        set[STORED[field]!] = correctedValue(field, value, where, worker);
      }
      await models.Worker.updateOne({ _id: workerId }, { $set: set }, { runValidators: true });
      return corrections.map(({ field }) => ({ field, oldValue: show(worker[STORED[field]!]), newValue: show(set[STORED[field]!]) }));
    },
  };
}

/** A corrected value in its stored form, checked as a registration checks it. */
export function correctedValue(field: string, value: string, where: string, worker: Pick<WorkerDoc, 'nik' | 'sex'> | null): unknown {
  switch (field) {
    case 'Worker.fullName':
      return textInput(value, where, 100);
    case 'Worker.phone':
      return phoneInput(value, where);
    case 'Worker.passportNumber':
      return passportNumberInput(value, where);
    case 'Worker.birthDate': {
      let date: Date;
      try {
        date = parseDate(value.trim());
      } catch {
        throw badUserInput('birthDate must be a date YYYY-MM-DD', where);
      }
      const check = worker?.nik ? checkNikAgainst(worker.nik, date, worker.sex as 'MALE' | 'FEMALE') : { ok: true as const };
      if (!check.ok) throw badUserInput(`the corrected birthDate does not match the NIK: ${check.message}`, where);
      return date;
    }
    default:
      throw badUserInput(`${field} cannot be corrected by a request; correctable: ${RECTIFIABLE.join(', ')}`, where.replace(/\.value$/, '.field'));
  }
}
