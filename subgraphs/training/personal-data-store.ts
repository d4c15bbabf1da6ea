import type { Types } from 'mongoose';
import { badUserInput } from '../runtime/errors';
import type { Holding, PersonalDataStore } from '../runtime/privacy/personal-data-store';
import type { TrainingModels } from './models';
import type { TrainingNames } from './training-ministry';

/**
 * A training ministry's record of a person: the scores of their enrollments, each kept from
 * its result (or enrollment, while there is none). Scores are corrected by the assessing
 * centre's own process, not by a request.
 */
export function trainingPersonalData(models: TrainingModels, names: TrainingNames): PersonalDataStore {
  const field = `${names.enrollmentType}.score`;
  return {
    rectifiable: [],
    async holdings(workerId: Types.ObjectId): Promise<Holding[]> {
      const scored = await models.Enrollment.find({ workerId, score: { $ne: null } }, { enrolledAt: 1, completedAt: 1 }).lean<{ enrolledAt: Date; completedAt?: Date | null }[]>();
      return scored.map((enrollment) => ({ field, since: enrollment.completedAt ?? enrollment.enrolledAt }));
    },
    async erase(workerId: Types.ObjectId, fields: string[]): Promise<void> {
      if (fields.includes(field)) await models.Enrollment.updateMany({ workerId }, { $set: { score: null } });
    },
    async rectify() {
      throw badUserInput(`${field} is corrected by the assessing centre, not by a request`, 'input.corrections');
    },
  };
}
