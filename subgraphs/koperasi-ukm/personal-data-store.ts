import type { Types } from 'mongoose';
import { badUserInput } from '../runtime/errors';
import type { Holding, PersonalDataStore } from '../runtime/privacy/personal-data-store';
import type { KoperasiModels } from './models';

const FIELDS = ['FinancingApplication.amountIdr', 'FinancingApplication.bank'];

/**
 * Koperasi-UKM's record of a person: the KUR applications of the businesses they own, each kept
 * from its decision (or its application, while undecided). An amount and a bank are the
 * application itself, so erasing them removes the application.
 */
export function koperasiPersonalData(models: KoperasiModels): PersonalDataStore {
  const applicationsOf = async (workerId: Types.ObjectId) => {
    const businesses = await models.Business.find({ ownerWorkerId: workerId }, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>();
    return businesses.map((business) => business._id);
  };
  return {
    rectifiable: [],
    async holdings(workerId: Types.ObjectId): Promise<Holding[]> {
      const businessIds = await applicationsOf(workerId);
      if (businessIds.length === 0) return [];
      const applications = await models.FinancingApplication.find({ businessId: { $in: businessIds } }, { appliedOn: 1, decidedOn: 1 }).lean<{ appliedOn: Date; decidedOn?: Date | null }[]>();
      return applications.flatMap((application) => FIELDS.map((field) => ({ field, since: application.decidedOn ?? application.appliedOn })));
    },
    async erase(workerId: Types.ObjectId, fields: string[]): Promise<void> {
      if (!fields.some((field) => FIELDS.includes(field))) return;
      await models.FinancingApplication.deleteMany({ businessId: { $in: await applicationsOf(workerId) } });
    },
    async rectify() {
      throw badUserInput('KUR applications are corrected by the lending bank, not by a request', 'input.corrections');
    },
  };
}
